extension YAMLNode {
  /// A sequence's items, read from the tree in place: no array is made.
  public struct Items: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    /// The first item's position in the tree's children.
    let first: Int
    /// How many items there are.
    public let count: Int

    public typealias Indices = Range<Int>
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var indices: Range<Int> { 0..<count }

    /// The item at `position` (`0..<count`).
    public subscript(position: Int) -> YAMLNode {
      precondition(UInt(bitPattern: position) < UInt(count), "item out of range")
      return YAMLNode(tree: tree, index: tree.children[first + position])
    }
  }

  /// A mapping's pairs, read from the tree in place: no array is made.
  public struct Pairs: RandomAccessCollection, Sendable {
    /// The keys and values, in turn.
    let children: Items

    public var startIndex: Int { 0 }
    public var endIndex: Int { children.count / 2 }

    /// The pair at `position` (`0..<count`).
    public subscript(position: Int) -> Pair {
      Pair(key: children[2 * position], value: children[2 * position + 1])
    }
  }
}
