/// A checked condition or part of one: names resolved to facts and enumeration
/// values, every node typed and located.
public struct TypedExpression: Sendable, Hashable, CustomStringConvertible {
  /// A constant written in the condition: a value of the kinds a fact takes.
  public typealias Literal = FactValue

  /// The shape of a node.
  public indirect enum Kind: Sendable, Hashable {
    /// A constant.
    case literal(Literal)
    /// The value of a fact.
    case fact(Fact)
    /// The negation of a `bool` operand.
    case not(TypedExpression)
    /// `and` or `or` of two `bool` operands.
    case logical(LogicalOperator, TypedExpression, TypedExpression)
    /// `+` or `-` of two `int` operands.
    case arithmetic(ArithmeticOperator, TypedExpression, TypedExpression)
    /// A comparison of two operands of comparable types.
    case comparison(ComparisonOperator, TypedExpression, TypedExpression)
    /// Whether a value is one of a list of literals (`in`), or none of them (`not in`).
    case membership(TypedExpression, [TypedExpression], negated: Bool)
  }

  /// The shape of the node.
  public let kind: Kind
  /// The node's type.
  public let type: ExpressionType
  /// The Unicode scalars the node covers in the condition's text (see
  /// `ExpressionSource.range(_:)` for its place in the file).
  public let range: Range<Int>

  /// The constant, when the node is one.
  var literal: Literal? {
    if case .literal(let literal) = kind { return literal }
    return nil
  }

  /// The fact, when the node is one.
  var fact: Fact? {
    if case .fact(let fact) = kind { return fact }
    return nil
  }

  /// Creates a node.
  init(_ kind: Kind, type: ExpressionType, range: Range<Int>) {
    self.kind = kind
    self.type = type
    self.range = range
  }

  /// The condition written out with every operation in parentheses, as parsed:
  /// `(overdue and (days_overdue > 30))`.
  public var description: String {
    switch kind {
    case .literal(let literal): literal.description
    case .fact(let fact): fact.name
    case .not(let operand): "(not \(operand))"
    case .logical(let logical, let lhs, let rhs): "(\(lhs) \(logical.rawValue) \(rhs))"
    case .arithmetic(let arithmetic, let lhs, let rhs): "(\(lhs) \(arithmetic.rawValue) \(rhs))"
    case .comparison(let comparison, let lhs, let rhs): "(\(lhs) \(comparison.rawValue) \(rhs))"
    case .membership(let value, let elements, let negated):
      "(\(value) \(negated ? "not in" : "in") [\(Self.listed(elements))])"
    }
  }

  /// List elements as a condition writes them: `a, b`.
  private static func listed(_ elements: [TypedExpression]) -> String {
    elements.map(\.description).joined(separator: ", ")
  }
}
