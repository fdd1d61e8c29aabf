extension ExpressionType {
  /// A literal of the type, for examples in help lines.
  var example: String {
    switch self {
    case .bool: "true"
    case .int: "30"
    case .number: "2.5"
    case .string: "\"lanzhou\""
    case .enumeration(let type): type.values[0]
    }
  }

  /// The type's name with an article: "an int", "a string".
  var article: String {
    switch self {
    case .int: "an int"
    case .enumeration(let type) where type == .action: "an action"
    default: "a \(self)"
    }
  }
}
