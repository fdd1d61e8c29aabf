import RuleParser

/// Evaluates every policy's condition on the facts of violations and turns
/// each match into an escalation.
struct EscalationMatcher {
  /// The policies that can apply to duty instances.
  private let instancePolicies: [Policy]
  /// The policies that can apply to metric readings.
  private let metricPolicies: [Policy]

  init(graph: ObligationGraph) {
    instancePolicies = graph.policies.filter { $0.condition.target != .metrics }
    metricPolicies = graph.policies.filter { $0.condition.target != .obligations }
  }

  /// The escalations of the violations of one instance (given in
  /// `ViolationKind` order): a policy that matches several of them escalates
  /// once, answering the first.
  func escalations(of violations: [Violation]) -> [Escalation] {
    var result: [Escalation] = []
    var matched: Set<String> = []
    for violation in violations {
      let policies = violation.kind.isMetric ? metricPolicies : instancePolicies
      for policy in policies where !matched.contains(policy.id) {
        guard policy.condition.evaluate(violation.facts) else { continue }
        matched.insert(policy.id)
        result.append(
          Escalation(
            action: policy.action, policy: policy.id, policyTitle: policy.title, by: policy.by,
            target: violation.body, instance: violation.instance, violation: violation.kind,
            source: policy.source, policyLocation: policy.location))
      }
    }
    return result
  }
}
