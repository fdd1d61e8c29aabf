import RuleParser

/// Evaluates a status snapshot against the compiled plan: finds every
/// violation as of the snapshot's date, then escalates each through the
/// policies whose `when:` matches its facts.
///
/// The snapshot should have passed `SnapshotValidator`; ids the plan does not
/// know are skipped here.
public struct Checker: Sendable {
  /// The compiled plan.
  public let graph: ObligationGraph

  /// Creates a checker for a plan.
  public init(graph: ObligationGraph) {
    self.graph = graph
  }

  /// Checks a snapshot.
  ///
  /// - Complexity: O(I + D + R + V·P) for I instances, D dependency edges, R
  ///   readings, V violations and P policies, plus sorting the findings.
  public func check(_ snapshot: Snapshot) -> CheckResult {
    let histories = ActionHistory.index(snapshot.actions)
    let instances = InstanceEvaluator(graph: graph, snapshot: snapshot)
    let metrics = MetricEvaluator(graph: graph, snapshot: snapshot)
    let matcher = EscalationMatcher(graph: graph)
    var violations: [Violation] = []
    var escalations: [Escalation] = []
    for instance in graph.instances {
      var found = instances.violations(of: instance)
      guard !found.isEmpty else { continue }
      for index in found.indices {
        found[index].facts.add(histories[instance.id], asOf: snapshot.asOf.value)
      }
      escalations += matcher.escalations(of: found, history: histories[instance.id])
      violations += found
    }
    for metricInstance in graph.metricInstances {
      guard var violation = metrics.violation(of: metricInstance) else { continue }
      violation.facts.add(histories[metricInstance.id], asOf: snapshot.asOf.value)
      escalations += matcher.escalations(of: [violation], history: histories[metricInstance.id])
      violations.append(violation)
    }
    return CheckResult(
      plan: graph.plan.id, planTitle: graph.plan.title, asOf: snapshot.asOf.value,
      violations: violations, escalations: escalations)
  }
}
