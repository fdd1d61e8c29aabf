import RuleParser

/// Evaluates every policy's condition on the facts of violations and turns
/// each match into an escalation.
///
/// Only a policy that may reach the violation's body (`targets:`) escalates,
/// and never on a doubtful rule. A step the actions log already records (or
/// a higher one) is marked as taken.
struct EscalationMatcher {
  /// The policies that can apply to duty instances.
  private let instancePolicies: [Candidate]
  /// The policies that can apply to metric readings.
  private let metricPolicies: [Candidate]

  /// What matching needs of a policy, held once: read through a reference,
  /// so that trying a policy on each violation copies none of it.
  private final class Candidate: Sendable {
    let policy: Policy
    /// Its escalations' shared part.
    let rule: EscalationRule

    init(_ policy: Policy) {
      self.policy = policy
      rule = EscalationRule(policy)
    }
  }

  init(graph: ObligationGraph) {
    let active = graph.policies.filter { $0.doubtful == nil }.map(Candidate.init)
    instancePolicies = active.filter { $0.policy.condition.target != .metrics }
    metricPolicies = active.filter { $0.policy.condition.target != .obligations }
  }

  /// The escalations of the violations of one instance (given in
  /// `ViolationKind` order), appended to `result`, and the position (in the
  /// array `violations` is a slice of) of the violation each answers,
  /// appended to `answers`: a policy that matches several of them escalates
  /// once, answering the first.
  func escalations(
    of violations: ArraySlice<Violation>, history: ActionHistory? = nil,
    into result: inout [Escalation], answers: inout [Int32]
  ) {
    // The policies matched so far (a few at most), as candidates, compared
    // by identity; noted only while a later violation may match them again,
    // so that an instance with one violation makes no list.
    var matched: [Candidate] = []
    for position in violations.indices where violations[position].doubtful == nil {
      let policies =
        violations[position].isMetricSubject ? metricPolicies : instancePolicies
      let isLast = position == violations.index(before: violations.endIndex)
      for candidate in policies where !matched.contains(where: { $0 === candidate }) {
        guard candidate.policy.mayReach(violations[position].body),
          candidate.policy.condition.evaluate(violations[position].facts)
        else { continue }
        let rule = candidate.rule
        if !isLast { matched.append(candidate) }
        result.append(
          Escalation(
            rule: rule, target: violations[position].body,
            instance: violations[position].instance, violation: violations[position].kind,
            taken: history?.taken(covering: rule.parts.action)))
        answers.append(Int32(position))
      }
    }
  }
}
