/// The value of one fact for the violation being escalated, or a constant
/// written in a condition (`TypedExpression.Literal`).
public enum FactValue: Sendable, Hashable, CustomStringConvertible {
  /// For `bool` facts: `true` or `false`.
  case bool(Bool)
  /// For `int` facts (also accepted for `number` facts): a whole number.
  case int(Int)
  /// For `number` facts: a decimal number.
  case number(Double)
  /// For `string` facts: a string.
  case string(String)
  /// For facts of an enumeration: an enumeration value, written bare or as a string.
  case enumeration(EnumValue)

  /// The value of an `int`.
  var integer: Int? { if case .int(let value) = self { value } else { nil } }

  /// The value of an `int` or a `number`, as a decimal.
  var number: Double? {
    switch self {
    case .int(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }

  /// The text of a `string`.
  var string: String? { if case .string(let text) = self { text } else { nil } }

  /// The value of a `bool`.
  var bool: Bool? { if case .bool(let value) = self { value } else { nil } }

  /// The value of an enumeration.
  var enumeration: EnumValue? { if case .enumeration(let value) = self { value } else { nil } }

  /// The value as a condition would write it.
  public var description: String {
    switch self {
    case .bool(let value): "\(value)"
    case .int(let value): "\(value)"
    case .number(let value): "\(value)"
    case .string(let text): "\"\(text)\""
    case .enumeration(let value): value.name
    }
  }
}
