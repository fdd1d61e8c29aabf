/// A comparison between two values of a condition.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
  /// `==`
  case equal = "=="
  /// `!=`
  case notEqual = "!="
  /// `<`
  case less = "<"
  /// `<=`
  case lessOrEqual = "<="
  /// `>`
  case greater = ">"
  /// `>=`
  case greaterOrEqual = ">="

  /// Whether the comparison orders its operands (rather than testing equality).
  public var isOrdering: Bool { self != .equal && self != .notEqual }

  /// Whether the comparison holds between two values.
  func holds<Value: Comparable>(_ lhs: Value, _ rhs: Value) -> Bool {
    switch self {
    case .equal: lhs == rhs
    case .notEqual: lhs != rhs
    case .less: lhs < rhs
    case .lessOrEqual: lhs <= rhs
    case .greater: lhs > rhs
    case .greaterOrEqual: lhs >= rhs
    }
  }
}

/// Addition or subtraction of whole numbers.
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
  /// `+`
  case plus = "+"
  /// `-`
  case minus = "-"

  /// The result, or `nil` when it overflows.
  func apply(_ lhs: Int, _ rhs: Int) -> Int? {
    let (result, overflow) =
      switch self {
      case .plus: lhs.addingReportingOverflow(rhs)
      case .minus: lhs.subtractingReportingOverflow(rhs)
      }
    return overflow ? nil : result
  }
}

/// `and` or `or`.
public enum LogicalOperator: String, Sendable, Hashable, CaseIterable {
  /// Both operands hold.
  case and
  /// At least one operand holds.
  case or
}
