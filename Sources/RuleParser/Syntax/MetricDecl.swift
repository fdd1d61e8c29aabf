/// A quantitative target of the plan.
public struct MetricDecl: Sendable {
  /// Whether a target is a ceiling or a floor.
  public enum Direction: String, Sendable, Codable {
    /// The value must not exceed the target (`at_most`).
    case atMost = "at_most"
    /// The value must reach the target (`at_least`).
    case atLeast = "at_least"
  }

  /// The metric's id.
  public var id: Located<String>
  /// The indicator's name.
  public var name: Located<String>
  /// The unit of its values.
  public var unit: Located<String>
  /// The bodies that report it (a group expands to its members).
  public var responsible: [Located<String>]
  /// Whether `responsible` was written as a list.
  public var responsibleIsList: Bool
  /// The starting value and its date, when the document gives one.
  public var baseline: (value: Located<Double>, on: Located<Day>)?
  /// Ceiling or floor.
  public var direction: Direction
  /// The target value.
  public var target: Located<Double>
  /// The day by which the target must be met.
  public var by: Located<Day>
  /// The clause it comes from.
  public var source: SourceDecl?
  /// Why the rule is doubtful (`doubtful:`): its findings are flagged 待核实 and
  /// drive no escalation.
  public var doubtful: Located<String>?
  /// The whole declaration.
  public var range: SourceRange
}
