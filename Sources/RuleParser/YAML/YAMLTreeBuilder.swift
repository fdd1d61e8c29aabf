/// Builds a `YAMLTree` node by node: scalars as they come, collections
/// when they end.
///
/// Collections nest, yet each one's children must end up in one region of
/// `children`: the children of the open collections wait on one scratch
/// stack (`pending`), the innermost collection's on top, and a collection
/// that ends moves its region from the top of the stack to `children`.
struct YAMLTreeBuilder {
  private(set) var nodes: [YAMLTree.Node] = []
  private(set) var children: [UInt32] = []
  private(set) var bytes: [UInt8] = []
  private(set) var annotations: [UInt32: YAMLTree.Annotation] = [:]
  /// The children of the open collections, the innermost one's on top.
  private(set) var pending: [UInt32] = []

  /// An empty builder.
  init() {}

  /// An empty builder with room for the nodes of `count` bytes of YAML.
  ///
  /// A rule file has a node every 16 bytes or so and its scalars' text is
  /// less than the file: room for a node every 12 bytes and for the whole
  /// text spares the arrays' growth (copying them cost 10 M of `lint`'s
  /// 1,168 M on the one-file plan at 100k). Room not used is address
  /// space, never touched.
  init(expectingBytes count: Int) {
    nodes.reserveCapacity(count / 12)
    children.reserveCapacity(count / 12)
    bytes.reserveCapacity(count)
  }

  /// The index the next node gets.
  var nextIndex: UInt32 { UInt32(nodes.count) }

  /// Adds a scalar of `text`'s bytes; returns its index.
  mutating func scalar(
    _ text: UnsafeBufferPointer<UInt8>, style: YAMLNode.ScalarStyle, tag: String?,
    range: SourceRange
  ) -> UInt32 {
    let first = UInt32(bytes.count)
    bytes.append(contentsOf: text)
    return add(
      YAMLTree.Node(
        range: range, first: first, count: UInt32(text.count), kind: .scalar, style: style,
        isAnnotated: false), tag: tag, aliasRange: nil)
  }

  /// Adds a scalar of `text`; returns its index.
  mutating func scalar(
    _ text: String, style: YAMLNode.ScalarStyle, tag: String?, range: SourceRange
  ) -> UInt32 {
    var text = text
    return text.withUTF8 { scalar($0, style: style, tag: tag, range: range) }
  }

  /// Puts a child of the innermost open collection on the stack.
  mutating func push(_ child: UInt32) { pending.append(child) }

  /// Takes the last child off the stack.
  @discardableResult mutating func popPending() -> UInt32 { pending.removeLast() }

  /// Replaces the stack's children from `mark` on.
  mutating func replacePending(from mark: Int, with replacement: [UInt32]) {
    pending.replaceSubrange(mark..., with: replacement)
  }

  /// Adds a collection whose children are those on the stack from `mark`
  /// on, taking them off; returns its index.
  mutating func collection(
    _ kind: YAMLTree.Kind, childrenFrom mark: Int, tag: String?, range: SourceRange
  ) -> UInt32 {
    let first = UInt32(children.count)
    children.append(contentsOf: pending[mark...])
    pending.removeSubrange(mark...)
    return add(
      YAMLTree.Node(
        range: range, first: first, count: UInt32(children.count) - first, kind: kind,
        style: .plain, isAnnotated: false), tag: tag, aliasRange: nil)
  }

  /// Adds a node that stands for the node at `index` where an alias to it
  /// was written (`aliasRange`): the same content and tag, its children
  /// shared, not copied.
  mutating func alias(of index: UInt32, at aliasRange: SourceRange) -> UInt32 {
    var node = nodes[Int(index)]
    let tag = node.isAnnotated ? annotations[index]?.tag : nil
    node.isAnnotated = false
    return add(node, tag: tag, aliasRange: aliasRange)
  }

  /// Adds a node that is `node` of `tree` with its whole tree, copied;
  /// returns its index.
  ///
  /// The depth of the tree bounds the recursion (the composer's limit).
  mutating func copy(_ node: YAMLNode) -> UInt32 {
    let tag = node.tag
    let aliasRange = node.aliasRange
    switch node.content {
    case .scalar(let text, let style):
      let index = scalar(text, style: style, tag: tag, range: node.range)
      annotate(index, tag: tag, aliasRange: aliasRange)
      return index
    case .sequence(let items):
      let mark = pending.count
      for item in items { push(copy(item)) }
      let index = collection(.sequence, childrenFrom: mark, tag: tag, range: node.range)
      annotate(index, tag: tag, aliasRange: aliasRange)
      return index
    case .mapping(let pairs):
      let mark = pending.count
      for pair in pairs {
        push(copy(pair.key))
        push(copy(pair.value))
      }
      let index = collection(.mapping, childrenFrom: mark, tag: tag, range: node.range)
      annotate(index, tag: tag, aliasRange: aliasRange)
      return index
    }
  }

  /// Sets a node's tag and alias site.
  mutating func annotate(_ index: UInt32, tag: String?, aliasRange: SourceRange?) {
    guard tag != nil || aliasRange != nil else { return }
    nodes[Int(index)].isAnnotated = true
    annotations[index] = YAMLTree.Annotation(tag: tag, aliasRange: aliasRange)
  }

  /// Sets where a node ends.
  mutating func setEnd(of index: UInt32, to end: SourceLocation) {
    nodes[Int(index)].range.end = end
  }

  /// The node at `index`.
  func node(_ index: UInt32) -> YAMLTree.Node { nodes[Int(index)] }

  /// The child at `position` of a collection's region.
  func child(_ position: Int, of node: YAMLTree.Node) -> UInt32 {
    children[Int(node.first) + position]
  }

  /// Calls `body` with a scalar node's bytes, read in place.
  func withBytes<Result>(
    of node: YAMLTree.Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    bytes.withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[Int(node.first)..<Int(node.first + node.count)]))
    }
  }

  /// Appends another builder's nodes (its stack empty), their indices
  /// moved past this one's; returns how far they moved.
  mutating func append(_ other: YAMLTreeBuilder) -> UInt32 {
    let (nodeShift, childShift, byteShift) =
      (UInt32(nodes.count), UInt32(children.count), UInt32(bytes.count))
    nodes.reserveCapacity(nodes.count + other.nodes.count)
    children.reserveCapacity(children.count + other.children.count)
    bytes.reserveCapacity(bytes.count + other.bytes.count)
    for var node in other.nodes {
      node.first += node.kind == .scalar ? byteShift : childShift
      nodes.append(node)
    }
    for child in other.children { children.append(child + nodeShift) }
    bytes.append(contentsOf: other.bytes)
    for (index, annotation) in other.annotations { annotations[index + nodeShift] = annotation }
    return nodeShift
  }

  /// The tree built, for the nodes so far (the stack is dropped).
  consuming func finish() -> YAMLTree {
    YAMLTree(nodes: nodes, children: children, bytes: bytes, annotations: annotations)
  }

  /// A tree of the nodes so far, for reading nodes while the builder goes on.
  ///
  /// For rare paths (collection keys, merges): drop it before the next
  /// change, or that change copies the arrays.
  func snapshot() -> YAMLTree {
    YAMLTree(nodes: nodes, children: children, bytes: bytes, annotations: annotations)
  }

  private mutating func add(_ node: YAMLTree.Node, tag: String?, aliasRange: SourceRange?)
    -> UInt32
  {
    let index = UInt32(nodes.count)
    nodes.append(node)
    annotate(index, tag: tag, aliasRange: aliasRange)
    return index
  }
}
