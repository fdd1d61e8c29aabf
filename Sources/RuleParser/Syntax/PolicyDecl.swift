/// An escalation policy: when a violation's facts match, who does what.
public struct PolicyDecl: Sendable {
  /// The policy's id.
  public var id: Located<String>
  /// An optional title.
  public var title: Located<String>?
  /// The `when:` expression, as written (compiled once all bodies are known).
  public var when: Located<String>
  /// The `when:` scalar with what is needed to locate errors inside it.
  public var whenSource: ExpressionSource
  /// What is done: an action id of the plan's ladder (`plan.actions`, by
  /// default the five of `EscalationAction.standard`), resolved by the compiler.
  public var action: Located<String>
  /// Who does it.
  public var by: Located<String>
  /// The bodies (or groups) it may act on (`targets:`); empty when it may act
  /// on every body.
  public var targets: [Located<String>]
  /// Why the rule is doubtful (`doubtful:`): it escalates nothing.
  public var doubtful: Located<String>?
  /// The clause it comes from.
  public var source: SourceDecl?
  /// The whole declaration.
  public var range: SourceRange
}
