/// A finished node with what the composer's limits need to know about it.
struct YAMLComposedNode {
  /// The node.
  var node: YAMLNode
  /// How many nodes its tree holds, aliases counted as their expansion.
  var nodeCount: Int
  /// How many collection levels it spans: 0 for a scalar, 1 for a flat list.
  var height: Int

  /// A scalar, which counts one node of height 0.
  init(scalar node: YAMLNode) {
    self.init(node: node, nodeCount: 1, height: 0)
  }

  /// A node with its counts.
  init(node: YAMLNode, nodeCount: Int, height: Int) {
    self.node = node
    self.nodeCount = nodeCount
    self.height = height
  }
}
