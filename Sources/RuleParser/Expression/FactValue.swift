/// The value of one fact for the violation being escalated.
public enum FactValue: Sendable, Hashable {
  /// For `bool` facts.
  case bool(Bool)
  /// For `int` facts (also accepted for `number` facts).
  case int(Int)
  /// For `number` facts.
  case number(Double)
  /// For `string` facts.
  case string(String)
  /// For facts of an enumeration.
  case enumeration(EnumValue)
}
