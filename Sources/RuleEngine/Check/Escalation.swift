public import RuleParser

/// What the plan says must happen about a violation: one policy whose `when:`
/// matched the violation's facts.
///
/// What comes from the policy (its action, id, title, acting body, clause
/// and place) is held once per policy and shared by its escalations: a
/// check of a million instances makes hundreds of thousands of them.
public struct Escalation: Sendable {
  /// The action the policy prescribes.
  public var action: EscalationAction { rule.parts.action }
  /// The policy's id.
  public var policy: String { rule.parts.policy }
  /// The policy's title, if it has one.
  public var policyTitle: String? { rule.parts.policyTitle }
  /// The body that acts.
  public var by: String { rule.parts.by }
  /// The body acted on: the instance's responsible body.
  public var target: String
  /// The instance (or metric instance) id.
  public var instance: String
  /// The kind of the violation the escalation answers (with `instance`, it
  /// identifies the violation).
  public var violation: ViolationKind
  /// The policy's clause.
  public var source: SourceClause? { rule.parts.source }
  /// Where the policy is declared.
  public var policyLocation: SourceLocation { rule.parts.policyLocation }

  /// The step of the actions log that already covers this one (the same
  /// action, or a higher one), when there is one: the escalation is shown as
  /// taken, not proposed again.
  public var taken: TakenAction? = nil

  /// What comes from the policy, shared.
  private var rule: EscalationRule

  /// The identity of the shared part that holds the policy's fields
  /// (`action`, `policy`, `policyTitle`, `by`, `source`,
  /// `policyLocation`): escalations with the same identity have the same
  /// values of them.
  var ruleIdentity: ObjectIdentifier { ObjectIdentifier(rule) }

  /// Whether the escalation is still to be done (not yet in the actions log).
  public var isProposed: Bool { taken == nil }

  /// A key that is stable across snapshots: `interview-overdue:water.sand-plan@zhangye`.
  public var key: String { "\(policy):\(instance)" }

  /// Creates an escalation.
  init(
    action: EscalationAction, policy: String, policyTitle: String?, by: String, target: String,
    instance: String, violation: ViolationKind, source: SourceClause?,
    policyLocation: SourceLocation, taken: TakenAction? = nil
  ) {
    self.init(
      rule: EscalationRule(
        .init(
          action: action, policy: policy, policyTitle: policyTitle, by: by, source: source,
          policyLocation: policyLocation)),
      target: target, instance: instance, violation: violation, taken: taken)
  }

  /// Creates an escalation by a policy's shared part.
  init(
    rule: EscalationRule, target: String, instance: String, violation: ViolationKind,
    taken: TakenAction?
  ) {
    self.rule = rule
    self.target = target
    self.instance = instance
    self.violation = violation
    self.taken = taken
  }
}

/// What every escalation by one policy has in common, held once.
final class EscalationRule: Sendable {
  /// The parts, as values.
  struct Parts: Sendable {
    var action: EscalationAction
    var policy: String
    var policyTitle: String?
    var by: String
    var source: SourceClause?
    var policyLocation: SourceLocation
  }

  /// The parts.
  let parts: Parts

  init(_ parts: Parts) {
    self.parts = parts
  }

  /// The rule of a policy.
  convenience init(_ policy: Policy) {
    self.init(
      Parts(
        action: policy.action, policy: policy.id, policyTitle: policy.title, by: policy.by,
        source: policy.source, policyLocation: policy.location))
  }
}

/// An action recorded in the snapshot's actions log.
public struct TakenAction: Sendable, Hashable {
  /// What was done.
  public var action: EscalationAction
  /// When (the latest time it was done).
  public var on: Day
}
