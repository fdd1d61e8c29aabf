/// Mapping keys of a tree being built, hashed and compared as
/// `YAMLKeyIdentity` would, without making one for a scalar key: scalars
/// by their bytes (`YAMLKeyBytes`), collections (rare) by their identity.
enum YAMLKeyHash {
  /// A hash that keys `same` says are the same share.
  static func hash(_ key: UInt32, _ builder: YAMLTreeBuilder) -> Int {
    let node = builder.node(key)
    guard node.kind == .scalar else {
      return YAMLKeyIdentity(YAMLNode(tree: builder.snapshot(), index: key)).hashValue
    }
    return builder.withBytes(of: node, YAMLKeyBytes.hash)
  }

  /// Whether two keys of the builder are the same key.
  static func same(_ a: UInt32, _ b: UInt32, _ builder: YAMLTreeBuilder) -> Bool {
    let (first, second) = (builder.node(a), builder.node(b))
    switch (first.kind == .scalar, second.kind == .scalar) {
    case (true, true):
      return builder.withBytes(of: first) { x in
        builder.withBytes(of: second) { y in YAMLKeyBytes.same(x, y) }
      }
    case (false, false):
      let tree = builder.snapshot()
      return YAMLKeyIdentity(YAMLNode(tree: tree, index: a))
        == YAMLKeyIdentity(YAMLNode(tree: tree, index: b))
    default:
      return false
    }
  }
}

extension YAMLKeyPositions {
  /// Records the builder's `key` at `position`, unless a key recorded
  /// before is the same key: then returns that key's position.
  ///
  /// Hashed and compared by `YAMLKeyHash`; `keyAt` gives the key recorded
  /// at a position, and nothing is recorded when the key is found. The one
  /// way a mapping of the builder, a JSON object or the halves'
  /// join records its keys.
  mutating func insert(
    key: UInt32, at position: Int, _ builder: YAMLTreeBuilder, keyAt: (Int) -> UInt32
  ) -> Int? {
    insert(hash: YAMLKeyHash.hash(key, builder), at: position) {
      YAMLKeyHash.same(keyAt($0), key, builder)
    }
  }
}
