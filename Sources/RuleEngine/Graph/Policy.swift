public import RuleParser

/// An escalation policy, with its condition compiled.
public struct Policy: Sendable {
  /// The id.
  public var id: String
  /// The title, if given.
  public var title: String?
  /// The `when:` expression as written.
  public var when: String
  /// The compiled condition.
  public var condition: CompiledCondition
  /// The action taken.
  public var action: EscalationAction
  /// The body that acts.
  public var by: String
  /// The clause it comes from.
  public var source: SourceClause?
  /// Where it is declared.
  public var location: SourceLocation
}
