/// An anchored node with what the composer's limits need to know when an
/// alias repeats it.
struct YAMLComposedNode {
  /// The node's index in the tree being built.
  var node: UInt32
  /// How many nodes its tree holds, aliases counted as their expansion.
  var nodeCount: Int
  /// How many collection levels it spans: 0 for a scalar, 1 for a flat list.
  var height: Int
}
