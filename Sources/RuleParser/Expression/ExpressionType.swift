/// The type of a condition or of one of its parts.
public enum ExpressionType: Sendable, Hashable, CustomStringConvertible {
  /// `true` or `false`.
  case bool
  /// A whole number, such as a count of days.
  case int
  /// A decimal number, such as a gap or a progress share; whole numbers compare with it.
  case number
  /// A text, such as a body id.
  case string
  /// A value of one of the enumerations.
  case enumeration(FactEnum)

  /// The type's name as the documentation and messages write it.
  public var description: String {
    switch self {
    case .bool: "bool"
    case .int: "int"
    case .number: "number"
    case .string: "string"
    case .enumeration(let type): type.rawValue
    }
  }

  /// Whether the type is `int` or `number`.
  var isNumeric: Bool { self == .int || self == .number }

  /// Whether values of this type can be put in order with `<` and its kin.
  var isOrdered: Bool {
    switch self {
    case .int, .number: true
    case .bool, .string: false
    case .enumeration(let type): type.isOrdered
    }
  }

  /// Whether a value of this type can be compared with one of `other`.
  func isComparable(with other: ExpressionType) -> Bool {
    self == other || (isNumeric && other.isNumeric)
  }
}
