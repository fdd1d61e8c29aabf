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
  /// - Parameters:
  ///   - snapshot: the snapshot (several inputs merged by `SnapshotMerge`).
  ///   - bodies: the bodies whose findings to report (`--body`, groups
  ///     expanded); `nil` for the snapshot's own scope, which is the whole
  ///     plan unless it is a ledger made for one body.
  /// - Returns: the violations, escalations and who reported, within the scope.
  /// - Complexity: O(I + D + R + V·P) for I instances, D dependency edges, R
  ///   readings, V violations and P policies, plus sorting the findings.
  public func check(_ snapshot: Snapshot, bodies: Set<String>? = nil) -> CheckResult {
    let scope = bodies ?? snapshot.scope
    let histories = ActionHistory.index(snapshot.actions)
    let instances = InstanceEvaluator(graph: graph, snapshot: snapshot)
    let metrics = MetricEvaluator(graph: graph, snapshot: snapshot)
    let matcher = EscalationMatcher(graph: graph)
    var violations: [Violation] = []
    var escalations: [Escalation] = []
    // Each instance's entry is read once, here: its state serves the return
    // summary and the progress tally too.
    var states = InstanceStates()
    states.states.reserveCapacity(graph.instances.count)
    var bodies = BodyPositions(graph: graph)
    // An obligation's instances stand together in id order: its look-up
    // (a binary search by id) is made once for them all.
    var obligation: Obligation?
    for instance in graph.instances {
      let due = instances.actualDue(of: instance)
      let body = Int32(bodies.position(of: instance.body) ?? -1)
      guard scope?.contains(instance.body) ?? true else {
        let status = snapshot.obligations.status(of: instance.id)
        states.states.append(
          .init(
            due: due, body: body, hasEntry: status != nil, isComplete: status?.isComplete ?? false))
        continue
      }
      let entry = snapshot.obligations[instance.id]
      states.states.append(
        .init(
          due: due, body: body, hasEntry: entry != nil,
          isComplete: entry?.status.value.isComplete ?? false))
      if obligation?.id != instance.obligation {
        obligation = graph.obligation(instance.obligation)
      }
      guard let obligation else { continue }
      // Found in place, at the end of `violations`: not copied there.
      let start = violations.count
      let history = histories.isEmpty ? nil : histories[instance.id]
      instances.violations(
        of: instance, obligation: obligation, entry: entry, due: due, history: history,
        into: &violations)
      guard violations.count > start else { continue }
      if violations[start...].contains(where: { $0.kind == .missing }) {
        states.states[states.states.count - 1].isMissing = true
      }
      matcher.escalations(of: violations[start...], history: history, into: &escalations)
    }
    for metricInstance in graph.metricInstances where scope?.contains(metricInstance.body) ?? true {
      guard var violation = metrics.violation(of: metricInstance) else { continue }
      violation.facts.add(histories[violation.instance], asOf: snapshot.asOf.value)
      violations.append(violation)
      matcher.escalations(
        of: violations[(violations.count - 1)...], history: histories[violation.instance],
        into: &escalations)
    }
    var result = CheckResult(
      plan: graph.plan.id, planTitle: graph.plan.title, asOf: snapshot.asOf.value,
      violations: violations, escalations: escalations,
      returns: ReturnSummary(graph: graph, snapshot: snapshot, states: states, scope: scope))
    result.instanceStates = states
    return result
  }
}
