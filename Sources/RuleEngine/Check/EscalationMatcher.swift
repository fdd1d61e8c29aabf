import RuleParser

/// Evaluates every policy's condition on the facts of violations and turns
/// each match into an escalation.
///
/// Only a policy that may reach the violation's body (`targets:`) escalates,
/// and never on a doubtful rule. A step the actions log already records (or
/// a higher one) is marked as taken.
struct EscalationMatcher {
  /// The policies that can apply to duty instances.
  private let instancePolicies: [Policy]
  /// The policies that can apply to metric readings.
  private let metricPolicies: [Policy]

  init(graph: ObligationGraph) {
    let active = graph.policies.filter { $0.doubtful == nil }
    instancePolicies = active.filter { $0.condition.target != .metrics }
    metricPolicies = active.filter { $0.condition.target != .obligations }
  }

  /// The escalations of the violations of one instance (given in
  /// `ViolationKind` order), appended to `result`: a policy that matches
  /// several of them escalates once, answering the first.
  func escalations(
    of violations: ArraySlice<Violation>, history: ActionHistory? = nil,
    into result: inout [Escalation]
  ) {
    // The ids of the policies matched so far: a few at most, compared, not hashed.
    var matched: [String] = []
    for position in violations.indices where violations[position].doubtful == nil {
      let policies =
        violations[position].isMetricSubject ? metricPolicies : instancePolicies
      for index in policies.indices where !matched.contains(policies[index].id) {
        guard policies[index].mayReach(violations[position].body),
          policies[index].condition.evaluate(violations[position].facts)
        else { continue }
        let policy = policies[index]
        matched.append(policy.id)
        result.append(
          Escalation(
            action: policy.action, policy: policy.id, policyTitle: policy.title, by: policy.by,
            target: violations[position].body, instance: violations[position].instance,
            violation: violations[position].kind, source: policy.source,
            policyLocation: policy.location, taken: history?.taken(covering: policy.action)))
      }
    }
  }
}
