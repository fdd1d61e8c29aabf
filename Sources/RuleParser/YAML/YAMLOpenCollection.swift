/// A sequence or mapping the composer has started but not yet finished:
/// one entry of its explicit stack.
///
/// A mapping checks each key against the keys before it as the pair
/// arrives, and applies merge keys (`<<`) when it is finished.
struct YAMLOpenCollection {
  /// Which kind of collection this is.
  enum Shape { case sequence, mapping }

  /// A `<<` pair: where its pairs go and the mappings they come from.
  private struct Merge {
    /// The number of explicit pairs written before the `<<` key.
    var position: Int
    /// The mappings to merge, earlier ones winning over later ones.
    var sources: [YAMLNode]
  }

  /// Mappings with fewer pairs, all with scalar keys, find duplicate keys
  /// by a linear scan.
  private static let linearScanLimit = 12
  /// The room a collection makes for its items at the first one.
  private static let initialCapacity = 4

  /// Sequence or mapping.
  let shape: Shape
  /// The anchor and tag written on the collection.
  let properties: YAMLNodeProperties
  /// Where the collection starts (at its anchor or tag, if any).
  let start: SourceRange
  /// How many nodes the tree holds so far, this one included.
  private(set) var nodeCount = 1
  /// How many levels the tree spans so far.
  private(set) var height = 1
  private var items: [YAMLNode] = []
  private var pairs: [YAMLNode.Pair] = []
  private var pendingKey: YAMLNode?
  private var mergeKey: YAMLNode?
  private var merges: [Merge] = []
  /// The pairs by key, once the mapping has too many pairs for a scan.
  private var keyPositions: YAMLKeyPositions?

  /// Whether a merge key (`<<`) was written in the mapping.
  var hasMergeKey: Bool { mergeKey != nil }

  /// Adds the next item, or the next key or value of a mapping: a node
  /// whose tree holds `nodeCount` nodes over `height` levels.
  ///
  /// Returns the problem a finished pair has, if any (the pair is then
  /// left out).
  mutating func add(_ node: consuming YAMLNode, nodeCount: Int, height: Int) -> Diagnostic? {
    self.nodeCount += nodeCount
    self.height = max(self.height, height + 1)
    switch shape {
    case .sequence:
      if items.isEmpty { items.reserveCapacity(Self.initialCapacity) }
      items.append(node)
      return nil
    case .mapping:
      guard let key = pendingKey.take() else {
        pendingKey = node
        return nil
      }
      return addPair(key: key, value: node)
    }
  }

  /// The finished node, ending where the collection's end event ends; the
  /// items or pairs move into it, leaving the collection empty.
  ///
  /// libyaml gives every key a value, so no key is left pending.
  mutating func finish(end: SourceLocation) -> YAMLNode {
    let range = SourceRange(start: start.start, end: end)
    let content: YAMLNode.Content
    switch shape {
    case .sequence:
      var moved: [YAMLNode] = []
      swap(&moved, &items)
      content = .sequence(moved)
    case .mapping where merges.isEmpty:
      var moved: [YAMLNode.Pair] = []
      swap(&moved, &pairs)
      content = .mapping(moved)
    case .mapping:
      content = .mapping(mergedPairs())
    }
    return YAMLNode(content, tag: properties.tag, range: range)
  }

  /// Adds a pair; the key and value move into it (no copies of nodes).
  private mutating func addPair(key: consuming YAMLNode, value: consuming YAMLNode)
    -> Diagnostic?
  {
    if Self.isMergeKey(key) {
      if let first = mergeKey {
        return .yamlDuplicateKey("'<<'", at: key.location, first: first.location)
      }
      mergeKey = key
      if let offending = Self.offendingMergeValue(value) {
        return .error(
          .badMergeKey,
          LocalizedText(
            "the value of a merge key '<<' must be a mapping or a sequence of mappings",
            "合并键“<<”的值必须是映射或由映射组成的序列"), at: offending)
      }
      let sources: [YAMLNode]
      if let items = value.sequence { sources = items } else { sources = [value] }
      merges.append(Merge(position: pairs.count, sources: sources))
      return nil
    }
    if let first = earlierPosition(of: key) {
      return .yamlDuplicateKey(
        YAMLKeyIdentity(copy key).displayName, at: key.location,
        first: pairs[first].key.location)
    }
    if pairs.isEmpty { pairs.reserveCapacity(Self.initialCapacity) }
    pairs.append(YAMLNode.Pair(key: key, value: value))
    return nil
  }

  /// The position of an earlier explicit pair with this key, if any.
  ///
  /// Small mappings with scalar keys scan their pairs, comparing the key's
  /// text as it stands, length first: the keys of one mapping differ, most
  /// of them in length (`title`, `source`, `due`), which `==` of two
  /// different Strings does not look at before its slow path (9.3 M of
  /// `lint`'s 1,164.8 M on the one-file plan at 100k). Others keep a table of positions by key
  /// (`YAMLKeyPositions`), built at the first need, where a new key is
  /// recorded at the position its pair is about to take: each key is
  /// spelled and hashed once.
  private mutating func earlierPosition(of key: YAMLNode) -> Int? {
    if keyPositions == nil, pairs.count < Self.linearScanLimit,
      case .scalar(let text, _) = key.content
    {
      let length = text.utf8.count
      return pairs.firstIndex { pair in
        guard case .scalar(let other, _) = pair.key.content else { return false }
        return other.utf8.count == length && other == text
      }
    }
    let identity = YAMLKeyIdentity(copy key)
    // Taken out while it changes, so that the comparison can read `pairs`.
    var positions = keyPositions.take() ?? indexedPairs()
    let first = positions.insert(hash: identity.hashValue, at: pairs.count) { [pairs] earlier in
      YAMLKeyIdentity(pairs[earlier].key) == identity
    }
    keyPositions = positions
    return first
  }

  /// The positions of the pairs so far (their keys all differ), with room
  /// for as many again.
  private func indexedPairs() -> YAMLKeyPositions {
    var positions = YAMLKeyPositions(keys: pairs.count * 2)
    for (position, pair) in pairs.enumerated() {
      _ = positions.insert(hash: YAMLKeyIdentity(pair.key).hashValue, at: position) { _ in false }
    }
    return positions
  }

  /// The explicit pairs with the merged ones inserted where their `<<` key
  /// was written.
  ///
  /// Explicit keys win; among merged mappings the first wins.
  private func mergedPairs() -> [YAMLNode.Pair] {
    let explicitKeys = Set(pairs.map { YAMLKeyIdentity($0.key) })
    var mergedKeys: Set<YAMLKeyIdentity> = []
    var result: [YAMLNode.Pair] = []
    var next = 0
    for merge in merges {
      result.append(contentsOf: pairs[next..<merge.position])
      next = merge.position
      for source in merge.sources {
        for pair in source.mapping ?? [] {
          let identity = YAMLKeyIdentity(pair.key)
          guard !explicitKeys.contains(identity), mergedKeys.insert(identity).inserted else {
            continue
          }
          result.append(pair)
        }
      }
    }
    result.append(contentsOf: pairs[next...])
    return result
  }

  /// Whether a key is YAML's merge key: a plain untagged `<<`, or `!!merge`.
  private static func isMergeKey(_ key: YAMLNode) -> Bool {
    // Two bytes first: most keys are told apart without comparing text.
    guard case .scalar(let text, let style) = key.content, text.utf8.count == 2, text == "<<"
    else { return false }
    return key.tag == nil ? style == .plain : key.tag == "tag:yaml.org,2002:merge"
  }

  /// Where a merge value goes wrong: `nil` for a mapping or a sequence of
  /// mappings, else the offending node's location.
  private static func offendingMergeValue(_ value: YAMLNode) -> SourceRange? {
    switch value.content {
    case .mapping: nil
    case .sequence(let items): items.first { $0.mapping == nil }?.location
    case .scalar: value.location
    }
  }
}

extension YAMLOpenCollection {
  /// Starts a collection at the range of its start event.
  ///
  /// Declared outside the type so that it can hand its parts to the
  /// memberwise initializer: assigned one by one, the anchor and tag were
  /// copied once more.
  init(_ shape: Shape, properties: YAMLNodeProperties, start: SourceRange) {
    self.init(shape: shape, properties: properties, start: start)
  }
}
