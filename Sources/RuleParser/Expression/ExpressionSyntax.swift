/// A condition as written, before its names are resolved and its types checked.
struct ExpressionSyntax: Sendable {
  /// The shape of a node.
  indirect enum Kind: Sendable {
    case integer(Int)
    case decimal(Double)
    case string(String)
    case boolean(Bool)
    /// A fact or an enumeration value: which one is decided by the type checker.
    case identifier(String)
    case not(ExpressionSyntax)
    case logical(LogicalOperator, ExpressionSyntax, ExpressionSyntax)
    case arithmetic(ArithmeticOperator, ExpressionSyntax, ExpressionSyntax)
    case comparison(ComparisonOperator, ExpressionSyntax, ExpressionSyntax)
    /// `value in [elements]`, or `value not in [elements]` when negated.
    case membership(ExpressionSyntax, [ExpressionSyntax], negated: Bool)
  }

  /// The shape of the node.
  var kind: Kind
  /// The Unicode scalars the node covers in the text, parentheses included.
  var range: Range<Int>
  /// The number of nodes on the longest path from this node down to a leaf.
  let depth: Int

  /// Creates a node.
  init(kind: Kind, range: Range<Int>) {
    self.kind = kind
    self.range = range
    let children: [ExpressionSyntax] =
      switch kind {
      case .integer, .decimal, .string, .boolean, .identifier: []
      case .not(let operand): [operand]
      case .logical(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs),
        .comparison(_, let lhs, let rhs):
        [lhs, rhs]
      case .membership(let value, _, _): [value]
      }
    depth = 1 + (children.map(\.depth).max() ?? 0)
  }
}
