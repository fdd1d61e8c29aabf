public import RuleParser

/// What the plan says must happen about a violation: one policy whose `when:`
/// matched the violation's facts.
public struct Escalation: Sendable {
  /// The action the policy prescribes.
  public var action: EscalationAction
  /// The policy's id.
  public var policy: String
  /// The policy's title, if it has one.
  public var policyTitle: String?
  /// The body that acts.
  public var by: String
  /// The body acted on: the instance's responsible body.
  public var target: String
  /// The instance (or metric instance) id.
  public var instance: String
  /// The kind of the violation the escalation answers (with `instance`, it
  /// identifies the violation).
  public var violation: ViolationKind
  /// The policy's clause.
  public var source: SourceClause?
  /// Where the policy is declared.
  public var policyLocation: SourceLocation

  /// The step of the actions log that already covers this one (the same
  /// action, or a higher one), when there is one: the escalation is shown as
  /// taken, not proposed again.
  public var taken: TakenAction? = nil

  /// Whether the escalation is still to be done (not yet in the actions log).
  public var isProposed: Bool { taken == nil }

  /// A key that is stable across snapshots: `interview-overdue:water.sand-plan@zhangye`.
  public var key: String { "\(policy):\(instance)" }
}

/// An action recorded in the snapshot's actions log.
public struct TakenAction: Sendable, Hashable {
  /// What was done.
  public var action: EscalationAction
  /// When (the latest time it was done).
  public var on: Day
}
