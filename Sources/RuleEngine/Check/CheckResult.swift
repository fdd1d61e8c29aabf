public import RuleParser

/// What `rulec check` found in one snapshot: the violations, and the
/// escalations the policies prescribe for them.
public struct CheckResult: Sendable {
  /// The plan's id.
  public var plan: String
  /// The plan's title.
  public var planTitle: String
  /// The day checked.
  public var asOf: Day
  /// Every violation, sorted by instance, then kind.
  public var violations: [Violation]
  /// Every escalation, sorted by instance, then action (highest first), then
  /// policy.
  public var escalations: [Escalation]
  /// How the findings compare with an earlier snapshot, when one was given.
  public var changes: FindingChanges?
  /// Who reported (from `Checker`; `nil` for a result built otherwise).
  public var returns: ReturnSummary?

  /// The violation an escalation answers.
  public func violation(answeredBy escalation: Escalation) -> Violation? {
    violationIndex[ViolationKey(kind: escalation.violation, instance: escalation.instance)]
      .map { violations[$0] }
  }

  /// The escalations of one violation, highest action first.
  public func escalations(of violation: Violation) -> [Escalation] {
    (escalationIndex[ViolationKey(kind: violation.kind, instance: violation.instance)] ?? [])
      .map { escalations[$0] }
  }

  /// Whether any policy escalates a violation (without copying the
  /// escalations, as `escalations(of:)` does).
  public func isEscalated(_ violation: Violation) -> Bool {
    escalationIndex[ViolationKey(kind: violation.kind, instance: violation.instance)] != nil
  }

  /// The number of escalations of each action.
  public var countsByAction: [EscalationAction: Int] {
    var counts: [EscalationAction: Int] = [:]
    for escalation in escalations { counts[escalation.action, default: 0] += 1 }
    return counts
  }

  /// The number of violations of each kind.
  public var countsByKind: [ViolationKind: Int] {
    var counts: [ViolationKind: Int] = [:]
    for violation in violations { counts[violation.kind, default: 0] += 1 }
    return counts
  }

  /// The highest action any escalation prescribes.
  public var highestAction: EscalationAction? { escalations.map(\.action).max() }

  /// Whether a finding at or above `level` exists (`--fail-on`).
  public func hasFinding(atOrAbove level: EscalationAction) -> Bool {
    escalations.contains { $0.action >= level }
  }

  private var violationIndex: [ViolationKey: Int]
  private var escalationIndex: [ViolationKey: [Int]]

  /// Creates a result; violations and escalations are sorted here.
  public init(
    plan: String, planTitle: String, asOf: Day, violations: [Violation],
    escalations: [Escalation], changes: FindingChanges? = nil, returns: ReturnSummary? = nil
  ) {
    self.plan = plan
    self.planTitle = planTitle
    self.asOf = asOf
    // `Checker` makes them in instance order already: sorting is then only
    // a check (the sort is stable, so the result is the same either way).
    self.violations = violations.sortedIfNeeded {
      ($0.instance, $0.kind) < ($1.instance, $1.kind)
    }
    self.escalations = escalations.sortedIfNeeded {
      if $0.instance != $1.instance { return $0.instance < $1.instance }
      if $0.action != $1.action { return $0.action > $1.action }
      return $0.policy < $1.policy
    }
    self.changes = changes
    self.returns = returns
    var index: [ViolationKey: Int] = [:]
    index.reserveCapacity(self.violations.count)
    for (offset, violation) in self.violations.enumerated() {
      index[ViolationKey(kind: violation.kind, instance: violation.instance)] = offset
    }
    violationIndex = index
    var answers: [ViolationKey: [Int]] = [:]
    for (offset, escalation) in self.escalations.enumerated() {
      answers[ViolationKey(kind: escalation.violation, instance: escalation.instance), default: []]
        .append(offset)
    }
    escalationIndex = answers
  }
}

/// The identity of a violation.
struct ViolationKey: Hashable {
  var kind: ViolationKind
  var instance: String
}
