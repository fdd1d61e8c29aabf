import Foundation

/// The nodes of one composed YAML stream (a file, a half of one, or a node
/// made of parts), stored flat: one array of small plain nodes, one array
/// of children, one array of scalar bytes.
///
/// `YAMLNode` is a handle into it (the tree and a node's index). A tree of
/// `String`s and `[YAMLNode]`s cost a `String` per scalar (~330
/// instructions), an array per mapping (~530 a pair with its growth) and a
/// recursive destroy of every node (~50 M of `lint`'s 1,151 M on the
/// one-file plan at 100k); here a scalar is a copy of its bytes, a
/// collection one region of `children`, and the whole tree four
/// deallocations. Immutable once built (`YAMLTreeBuilder`), so it is shared
/// across threads without locks.
///
/// The one unsafe part, reading a scalar's bytes in place
/// (`withBytes(of:_:)`), is here: the bytes never move while the tree
/// lives, and comparing them in place is what keeps keys from becoming
/// `String`s.
final class YAMLTree: Sendable {
  /// What a node is.
  enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

  /// One node: plain data, no references.
  struct Node: Sendable {
    /// Where the node was written.
    var range: SourceRange
    /// A scalar's first byte in `bytes`; a collection's first child in
    /// `children`.
    var first: UInt32
    /// A scalar's length in bytes; a collection's children (two a pair:
    /// key, value).
    var count: UInt32
    var kind: Kind
    /// How a scalar was written (`.plain` for a collection).
    var style: YAMLNode.ScalarStyle
    /// Whether `annotations` holds the node's tag or alias site.
    var isAnnotated: Bool
  }

  /// What few nodes have: a tag, an alias use site.
  struct Annotation: Sendable {
    var tag: String?
    var aliasRange: SourceRange?
  }

  /// The largest file the loader composes into one tree: 1 GiB, whatever
  /// limit a run asks for.
  ///
  /// A quarter of what the 32-bit positions reach, so that the nodes (at least a byte of the file each), the children
  /// (two entries a pair, and the pairs merge keys copy) and the bytes
  /// stay well inside them. A million instances' plan is 26 MB, their
  /// snapshot 57 MB.
  static let largestText = 1 << 30

  let nodes: [Node]
  /// The collections' children, by node index, each collection's in one
  /// region.
  let children: [UInt32]
  /// The scalars' text, each scalar's in one region.
  let bytes: [UInt8]
  /// The annotations of the nodes that have any, by node index.
  let annotations: [UInt32: Annotation]

  init(
    nodes: [Node], children: [UInt32], bytes: [UInt8], annotations: [UInt32: Annotation]
  ) {
    self.nodes = nodes
    self.children = children
    self.bytes = bytes
    self.annotations = annotations
  }

  /// The node at `index`.
  @inline(__always) func node(_ index: UInt32) -> Node { nodes[Int(index)] }

  /// The annotation of a node, if it has one.
  func annotation(_ index: UInt32) -> Annotation? {
    nodes[Int(index)].isAnnotated ? annotations[index] : nil
  }

  /// Calls `body` with a scalar node's bytes, read in place.
  func withBytes<Result>(
    of node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    bytes.withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[Int(node.first)..<Int(node.first + node.count)]))
    }
  }

  /// A scalar node's text.
  func text(of node: Node) -> String {
    withBytes(of: node) { String(decoding: $0, as: UTF8.self) }
  }
}
