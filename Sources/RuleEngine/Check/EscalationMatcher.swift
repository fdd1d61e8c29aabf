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
  /// `ViolationKind` order): a policy that matches several of them escalates
  /// once, answering the first.
  func escalations(of violations: [Violation], history: ActionHistory? = nil) -> [Escalation] {
    var result: [Escalation] = []
    var matched: Set<String> = []
    for violation in violations where violation.doubtful == nil {
      let policies =
        violation.isMetricSubject ? metricPolicies : instancePolicies
      for policy in policies where !matched.contains(policy.id) {
        guard policy.mayReach(violation.body), policy.condition.evaluate(violation.facts)
        else { continue }
        matched.insert(policy.id)
        result.append(
          Escalation(
            action: policy.action, policy: policy.id, policyTitle: policy.title, by: policy.by,
            target: violation.body, instance: violation.instance, violation: violation.kind,
            source: policy.source, policyLocation: policy.location,
            taken: history?.taken(covering: policy.action)))
      }
    }
    return result
  }
}
