/// Builds `YAMLNode` trees from the events of one file: one tree per
/// document, with anchors, aliases and merge keys resolved.
///
/// The composer keeps open collections on an explicit stack, never on the
/// call stack, so deep input cannot overflow it; the stack is bounded by
/// the depth limit. Problems that leave the document well-formed (a
/// duplicate key, a bad merge value) are reported and composing goes on;
/// any other problem ends the file, keeping the documents finished before it.
struct YAMLComposer {
  /// A problem that ends the file.
  private struct Failure: Error {
    var diagnostic: Diagnostic
  }

  private let reader: YAMLEventReader
  private let limits: YAMLLoader.Limits
  /// The tree of the stream's documents, built as their events come.
  private(set) var builder = YAMLTreeBuilder()
  private var stack: [YAMLOpenCollection] = []
  private var anchors: [String: YAMLComposedNode] = [:]
  private var writtenNodes = 0
  private var expandedNodes = 0
  /// Whether any node written so far has a tag (`!!str`, `!thing`).
  private(set) var sawTags = false
  /// Whether an alias or a merge key (`<<`) was written so far: nodes that
  /// depend on other nodes of the file.
  private(set) var sawReferences = false

  /// Creates a composer over a reader's events, its tree with room for
  /// the nodes of `expectedBytes` bytes (the reader's text by default).
  init(reader: YAMLEventReader, limits: YAMLLoader.Limits, expectedBytes: Int? = nil) {
    self.reader = reader
    self.limits = limits
    builder = YAMLTreeBuilder(expectingBytes: expectedBytes ?? reader.textCount)
  }

  /// Composes every document of the stream, reporting problems: the
  /// documents' roots, all in one tree.
  mutating func composeDocuments(into diagnostics: inout Diagnostics) -> [YAMLNode] {
    let roots = composeRoots(into: &diagnostics)
    var built = YAMLTreeBuilder()
    swap(&built, &builder)
    let tree = built.finish()
    return roots.map { YAMLNode(tree: tree, index: $0) }
  }

  /// Composes every document of the stream into `builder`, reporting
  /// problems: the indices of the documents' roots.
  mutating func composeRoots(into diagnostics: inout Diagnostics) -> [UInt32] {
    var roots: [UInt32] = []
    do {
      while let root = try composeDocument(into: &diagnostics) {
        roots.append(root)
      }
    } catch {
      diagnostics.report(error.diagnostic)
    }
    return roots
  }

  /// The next document's root, or `nil` at the end of the stream.
  private mutating func composeDocument(
    into diagnostics: inout Diagnostics
  ) throws(Failure) -> UInt32? {
    var root: UInt32?
    while true {
      let event = try nextEvent()
      let range = event.range
      switch (consume event).kind {
      case .streamStart:
        continue
      case .streamEnd:
        return nil
      case .documentStart:
        anchors.removeAll(keepingCapacity: true)
      case .documentEnd:
        if let root { return root }
      case .scalar(let text, let style, let properties):
        writtenNodes += 1
        if properties.tag != nil { sawTags = true }
        let node = builder.scalar(text, style: style, tag: properties.tag, range: range)
        place(
          node, nodeCount: 1, height: 0, anchor: properties.anchor, root: &root,
          diagnostics: &diagnostics)
      case .alias(let name):
        sawReferences = true
        let composed = try expand(alias: name, at: range)
        place(
          composed.node, nodeCount: composed.nodeCount, height: composed.height, anchor: nil,
          root: &root, diagnostics: &diagnostics)
      case .sequenceStart(let properties):
        try open(.sequence, properties: properties, at: range)
      case .mappingStart(let properties):
        try open(.mapping, properties: properties, at: range)
      case .sequenceEnd, .mappingEnd:
        guard let collection = stack.popLast() else { continue }
        if collection.hasMergeKey { sawReferences = true }
        let (nodeCount, height) = (collection.nodeCount, collection.height)
        place(
          collection.finish(end: range.end, in: &builder), nodeCount: nodeCount, height: height,
          anchor: collection.properties.anchor, root: &root, diagnostics: &diagnostics)
      }
    }
  }

  private func nextEvent() throws(Failure) -> YAMLEvent {
    do {
      return try reader.next()
    } catch {
      throw Failure(
        diagnostic: .yamlSyntax(
          problem: error.problem, at: error.range, context: error.context,
          contextRange: error.contextRange))
    }
  }

  /// Registers a finished node's anchor and hands the node to its parent.
  private mutating func place(
    _ node: UInt32, nodeCount: Int, height: Int, anchor: String?,
    root: inout UInt32?, diagnostics: inout Diagnostics
  ) {
    if let anchor {
      anchors[anchor] = YAMLComposedNode(node: node, nodeCount: nodeCount, height: height)
    }
    guard !stack.isEmpty else {
      root = node
      return
    }
    if let problem = stack[stack.count - 1].add(
      node, nodeCount: nodeCount, height: height, in: &builder)
    {
      diagnostics.report(problem)
    }
  }

  private mutating func open(
    _ shape: YAMLOpenCollection.Shape, properties: YAMLNodeProperties, at range: SourceRange
  ) throws(Failure) {
    guard stack.count < limits.maxDepth else {
      throw Failure(diagnostic: .yamlTooDeep(at: range, limit: limits.maxDepth))
    }
    writtenNodes += 1
    if properties.tag != nil { sawTags = true }
    stack.append(
      YAMLOpenCollection(shape, properties: properties, start: range, mark: builder.pending.count))
  }

  /// A copy of the anchored node, marked with the alias's range, after
  /// checking the alias against the depth limit and the expansion budget.
  private mutating func expand(
    alias name: String, at range: SourceRange
  ) throws(Failure) -> YAMLComposedNode {
    if let open = stack.last(where: { $0.properties.anchor == name }) {
      throw Failure(
        diagnostic: Diagnostic(
          .error, code: .recursiveAlias,
          LocalizedText(
            "alias '*\(name)' refers to a node that contains the alias itself",
            "别名“*\(name)”引用了包含它自身的节点"), at: range
        ).note(LocalizedText("anchor '&\(name)' is here", "锚点“&\(name)”在此处"), at: open.start)
          .helped(nil))
    }
    guard var composed = anchors[name] else {
      throw Failure(
        diagnostic: .error(
          .undefinedAlias,
          LocalizedText(
            "alias '*\(name)' refers to no anchor '&\(name)' before it in this document",
            "别名“*\(name)”之前在本文档中没有定义锚点“&\(name)”"), at: range,
          help: LocalizedText(
            "define '&\(name)' on a node above this line, in the same document",
            "请在同一文档中、本行之前的节点上定义“&\(name)”")))
    }
    guard stack.count + composed.height <= limits.maxDepth else {
      throw Failure(diagnostic: .yamlTooDeep(at: range, limit: limits.maxDepth))
    }
    let budget = limits.aliasExpansionBudget(writtenNodes: writtenNodes)
    expandedNodes += composed.nodeCount
    guard expandedNodes <= budget else {
      throw Failure(
        diagnostic: .error(
          .aliasBudget,
          LocalizedText(
            "alias '*\(name)' makes the aliases of this file expand to more than "
              + "\(budget) nodes",
            "别名“*\(name)”使本文件的别名展开后超过 \(budget) 个节点"), at: range))
    }
    composed.node = builder.alias(of: composed.node, at: range)
    return composed
  }
}
