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
    /// `lhs op rhs`, for every operator written between its operands.
    case binary(BinaryOperator, ExpressionSyntax, ExpressionSyntax)
    /// `value in [elements]`, or `value not in [elements]` when negated.
    case membership(ExpressionSyntax, [ExpressionSyntax], negated: Bool)
  }

  /// An operator written between its two operands.
  enum BinaryOperator: Sendable {
    /// `and` or `or`.
    case logical(LogicalOperator)
    /// `+` or `-`.
    case arithmetic(ArithmeticOperator)
    /// `==`, `!=`, `<`, `<=`, `>` or `>=`.
    case comparison(ComparisonOperator)
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
      case .binary(_, let lhs, let rhs): [lhs, rhs]
      case .membership(let value, _, _): [value]
      }
    depth = 1 + (children.map(\.depth).max() ?? 0)
  }
}
