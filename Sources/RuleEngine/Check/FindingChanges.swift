public import RuleParser

/// Whether a finding is new since an earlier snapshot, continues from it, or
/// was resolved since.
public enum FindingChange: String, Sendable, CaseIterable {
  /// Not found in the earlier snapshot.
  case new
  /// Found in both.
  case continuing
  /// Found in the earlier snapshot only.
  case resolved
}

/// How the findings of one check compare with an earlier one (`--since`).
///
/// Violations match by kind and instance, escalations by policy and instance.
public struct FindingChanges: Sendable {
  /// The earlier snapshot's day.
  public var since: Day
  /// The violations of the earlier check that are gone.
  public var resolvedViolations: [Violation]
  /// The escalations of the earlier check that are gone.
  public var resolvedEscalations: [Escalation]
  private var earlierViolations: Set<String>
  private var earlierEscalations: Set<String>

  /// Compares a check with an earlier one.
  ///
  /// - Complexity: O(n) in the findings of both.
  public init(current: CheckResult, earlier: CheckResult) {
    since = earlier.asOf
    earlierViolations = Set(earlier.violations.map(\.key))
    earlierEscalations = Set(earlier.escalations.map(\.key))
    let currentViolations = Set(current.violations.map(\.key))
    let currentEscalations = Set(current.escalations.map(\.key))
    resolvedViolations = earlier.violations.filter { !currentViolations.contains($0.key) }
    resolvedEscalations = earlier.escalations.filter { !currentEscalations.contains($0.key) }
  }

  /// Whether a violation of the current check is new or continuing.
  public func change(of violation: Violation) -> FindingChange {
    earlierViolations.contains(violation.key) ? .continuing : .new
  }

  /// Whether an escalation of the current check is new or continuing.
  public func change(of escalation: Escalation) -> FindingChange {
    earlierEscalations.contains(escalation.key) ? .continuing : .new
  }
}
