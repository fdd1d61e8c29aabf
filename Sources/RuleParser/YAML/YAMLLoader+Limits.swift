extension YAMLLoader {
  /// How much input the loader accepts before it reports an error.
  public struct Limits: Sendable, Hashable {
    /// The largest file, in bytes (default `InputLimits.current.inputBytes`).
    public var maxFileBytes: Int
    /// The deepest nesting of sequences and mappings (default 200).
    public var maxDepth: Int
    /// The number of nodes aliases may produce in one file, whatever its
    /// size (default 1,000,000).
    public var maxAliasNodes: Int
    /// For large files: the number of nodes aliases may produce per node
    /// written so far, when that allows more than `maxAliasNodes`
    /// (default 10).
    public var aliasNodesPerWrittenNode: Int

    /// Creates limits; the defaults take any real plan and stop an alias
    /// bomb ("billion laughs") after a million nodes.
    public init(
      maxFileBytes: Int = InputLimits.current.inputBytes, maxDepth: Int = 200,
      maxAliasNodes: Int = 1_000_000,
      aliasNodesPerWrittenNode: Int = 10
    ) {
      self.maxFileBytes = maxFileBytes
      self.maxDepth = maxDepth
      self.maxAliasNodes = maxAliasNodes
      self.aliasNodesPerWrittenNode = aliasNodesPerWrittenNode
    }

    /// The largest file the loader reads: `maxFileBytes`, and never more
    /// than a tree takes (`YAMLTree.largestText`, 1 GiB).
    var fileBytes: Int { min(maxFileBytes, YAMLTree.largestText) }

    /// How many nodes aliases may have produced once `writtenNodes` nodes
    /// of the file have been read.
    func aliasExpansionBudget(writtenNodes: Int) -> Int {
      let (scaled, overflow) = aliasNodesPerWrittenNode.multipliedReportingOverflow(
        by: writtenNodes)
      return overflow ? Int.max : max(maxAliasNodes, scaled)
    }
  }
}
