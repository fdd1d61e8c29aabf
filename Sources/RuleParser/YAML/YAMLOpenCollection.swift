/// A sequence or mapping the composer has started but not yet finished:
/// one entry of its explicit stack.
///
/// Its children wait on the tree builder's stack from `mark` on (a
/// mapping's as key, value, key, value...) until it ends. A mapping checks
/// each key against the keys before it as the pair arrives, and applies
/// merge keys (`<<`) when it is finished.
struct YAMLOpenCollection {
  /// Which kind of collection this is.
  enum Shape { case sequence, mapping }

  /// A `<<` pair: where its pairs go and the mappings they come from.
  private struct Merge {
    /// The number of explicit pairs written before the `<<` key.
    var position: Int
    /// The mappings to merge, earlier ones winning over later ones.
    var sources: [UInt32]
  }

  /// Mappings with fewer pairs, all with scalar keys, find duplicate keys
  /// by a linear scan.
  private static let linearScanLimit = 12

  /// Sequence or mapping.
  let shape: Shape
  /// The anchor and tag written on the collection.
  let properties: YAMLNodeProperties
  /// Where the collection starts (at its anchor or tag, if any).
  let start: SourceRange
  /// Where its children start on the builder's stack.
  private let mark: Int
  /// How many nodes the tree holds so far, this one included.
  private(set) var nodeCount = 1
  /// How many levels the tree spans so far.
  private(set) var height = 1
  /// Whether the last child pushed is a key waiting for its value.
  private var hasPendingKey = false
  private var mergeKey: SourceRange?
  private var merges: [Merge] = []
  /// Whether every key so far is a scalar (the linear scan compares bytes).
  private var scalarKeysOnly = true
  /// The pairs by key, once the mapping has too many pairs for a scan.
  private var keyPositions: YAMLKeyPositions?

  /// Starts a collection at the range of its start event, its children
  /// to come on the builder's stack from `mark` on.
  init(_ shape: Shape, properties: YAMLNodeProperties, start: SourceRange, mark: Int) {
    self.shape = shape
    self.properties = properties
    self.start = start
    self.mark = mark
  }

  /// Whether a merge key (`<<`) was written in the mapping.
  var hasMergeKey: Bool { mergeKey != nil }

  /// Adds the next item, or the next key or value of a mapping: the node
  /// at `node` whose tree holds `nodeCount` nodes over `height` levels.
  ///
  /// Returns the problem a finished pair has, if any (the pair is then
  /// left out).
  mutating func add(
    _ node: UInt32, nodeCount: Int, height: Int, in builder: inout YAMLTreeBuilder
  ) -> Diagnostic? {
    self.nodeCount += nodeCount
    self.height = max(self.height, height + 1)
    switch shape {
    case .sequence:
      builder.push(node)
      return nil
    case .mapping:
      guard hasPendingKey else {
        hasPendingKey = true
        builder.push(node)
        return nil
      }
      hasPendingKey = false
      return addPair(value: node, in: &builder)
    }
  }

  /// The finished node, ending where the collection's end event ends; its
  /// children move from the builder's stack into it.
  ///
  /// libyaml gives every key a value, so no key is left pending.
  func finish(end: SourceLocation, in builder: inout YAMLTreeBuilder) -> UInt32 {
    let range = SourceRange(start: start.start, end: end)
    if !merges.isEmpty { builder.replacePending(from: mark, with: mergedPairs(builder)) }
    return builder.collection(
      shape == .sequence ? .sequence : .mapping, childrenFrom: mark, tag: properties.tag,
      range: range)
  }

  /// The number of explicit pairs so far.
  private func pairCount(_ builder: YAMLTreeBuilder) -> Int {
    (builder.pending.count - mark) / 2
  }

  /// Adds a pair whose key is on top of the builder's stack.
  private mutating func addPair(value: UInt32, in builder: inout YAMLTreeBuilder)
    -> Diagnostic?
  {
    let key = builder.pending[builder.pending.count - 1]
    if Self.isMergeKey(key, builder) {
      builder.popPending()
      let keyLocation = Self.location(key, builder)
      if let first = mergeKey {
        return .yamlDuplicateKey("'<<'", at: keyLocation, first: first)
      }
      mergeKey = keyLocation
      if let offending = Self.offendingMergeValue(value, builder) {
        return .error(
          .badMergeKey,
          LocalizedText(
            "the value of a merge key '<<' must be a mapping or a sequence of mappings",
            "合并键“<<”的值必须是映射或由映射组成的序列"), at: offending)
      }
      let stored = builder.node(value)
      let sources =
        stored.kind == .sequence
        ? (0..<Int(stored.count)).map { builder.child($0, of: stored) } : [value]
      merges.append(Merge(position: pairCount(builder), sources: sources))
      return nil
    }
    if let first = earlierPosition(of: key, builder) {
      builder.popPending()
      let snapshot = builder.snapshot()
      return .yamlDuplicateKey(
        YAMLKeyIdentity(YAMLNode(tree: snapshot, index: key)).displayName,
        at: YAMLNode(tree: snapshot, index: key).location,
        first: YAMLNode(tree: snapshot, index: builder.pending[mark + 2 * first]).location)
    }
    builder.push(value)
    return nil
  }

  /// The position of an earlier explicit pair with the key on top of the
  /// builder's stack (not counted yet as a pair), if any.
  ///
  /// Small mappings with scalar keys scan their pairs, comparing the keys'
  /// bytes, length first (`YAMLKeyBytes`): the keys of one mapping differ,
  /// most of them in length (`title`, `source`, `due`). Others keep a
  /// table of positions by key (`YAMLKeyPositions`), built at the first
  /// need, where a new key is recorded at the position its pair is about
  /// to take: each key is hashed once.
  private mutating func earlierPosition(of key: UInt32, _ builder: YAMLTreeBuilder) -> Int? {
    let count = pairCount(builder)
    let keyNode = builder.node(key)
    if keyNode.kind != .scalar { scalarKeysOnly = false }
    if keyPositions == nil, count < Self.linearScanLimit, scalarKeysOnly {
      return builder.bytes.withUnsafeBufferPointer { all in
        func text(_ node: YAMLTree.Node) -> UnsafeBufferPointer<UInt8> {
          UnsafeBufferPointer(rebasing: all[Int(node.first)..<Int(node.first + node.count)])
        }
        let keyText = text(keyNode)
        return (0..<count).first { position in
          let other = builder.node(builder.pending[mark + 2 * position])
          return other.count == keyNode.count && YAMLKeyBytes.same(text(other), keyText)
        }
      }
    }
    // Taken out while it changes, so that the comparison can read the builder.
    var positions = keyPositions.take() ?? indexedPairs(count, builder)
    let first = positions.insert(key: key, at: count, builder) { builder.pending[mark + 2 * $0] }
    keyPositions = positions
    return first
  }

  /// The positions of the `count` pairs so far (their keys all differ),
  /// with room for as many again.
  private func indexedPairs(_ count: Int, _ builder: YAMLTreeBuilder) -> YAMLKeyPositions {
    var positions = YAMLKeyPositions(keys: count * 2)
    for position in 0..<count {
      _ = positions.insert(key: builder.pending[mark + 2 * position], at: position, builder) {
        builder.pending[mark + 2 * $0]
      }
    }
    return positions
  }

  /// The explicit pairs with the merged ones inserted where their `<<` key
  /// was written, as the builder's stack holds them (key, value...).
  ///
  /// Explicit keys win; among merged mappings the first wins. Rare: the
  /// keys are compared as `YAMLKeyIdentity`s.
  private func mergedPairs(_ builder: YAMLTreeBuilder) -> [UInt32] {
    let tree = builder.snapshot()
    let explicit = Array(builder.pending[mark...])
    func identity(_ index: UInt32) -> YAMLKeyIdentity {
      YAMLKeyIdentity(YAMLNode(tree: tree, index: index))
    }
    let explicitKeys = Set(
      stride(from: 0, to: explicit.count, by: 2).map { identity(explicit[$0]) })
    var mergedKeys: Set<YAMLKeyIdentity> = []
    var result: [UInt32] = []
    var next = 0
    for merge in merges {
      result.append(contentsOf: explicit[2 * next..<2 * merge.position])
      next = merge.position
      for source in merge.sources {
        let stored = tree.node(source)
        guard stored.kind == .mapping else { continue }
        for position in stride(from: 0, to: Int(stored.count), by: 2) {
          let key = tree.children[Int(stored.first) + position]
          let keyIdentity = identity(key)
          guard !explicitKeys.contains(keyIdentity), mergedKeys.insert(keyIdentity).inserted else {
            continue
          }
          result += [key, tree.children[Int(stored.first) + position + 1]]
        }
      }
    }
    result.append(contentsOf: explicit[(2 * next)...])
    return result
  }

  /// Where a reader looks for a node of the builder (see `YAMLNode.location`).
  private static func location(_ index: UInt32, _ builder: YAMLTreeBuilder) -> SourceRange {
    let node = builder.node(index)
    guard node.isAnnotated, let alias = builder.annotations[index]?.aliasRange else {
      return node.range
    }
    return alias
  }

  /// Whether a key is YAML's merge key: a plain untagged `<<`, or `!!merge`.
  private static func isMergeKey(_ key: UInt32, _ builder: YAMLTreeBuilder) -> Bool {
    // Two bytes first: most keys are told apart without reading them.
    let node = builder.node(key)
    guard node.kind == .scalar, node.count == 2,
      builder.withBytes(of: node, { YAMLKeyBytes.equal($0, "<<") })
    else { return false }
    let tag = node.isAnnotated ? builder.annotations[key]?.tag : nil
    return tag == nil ? node.style == .plain : tag == "tag:yaml.org,2002:merge"
  }

  /// Where a merge value goes wrong: `nil` for a mapping or a sequence of
  /// mappings, else the offending node's location.
  private static func offendingMergeValue(_ value: UInt32, _ builder: YAMLTreeBuilder)
    -> SourceRange?
  {
    let node = builder.node(value)
    switch node.kind {
    case .mapping: return nil
    case .sequence:
      return (0..<Int(node.count)).lazy.map { builder.child($0, of: node) }
        .first { builder.node($0).kind != .mapping }.map { location($0, builder) }
    case .scalar: return location(value, builder)
    }
  }
}
