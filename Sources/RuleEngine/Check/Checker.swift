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
    let metrics = MetricEvaluator(graph: graph, snapshot: snapshot)
    let matcher = EscalationMatcher(graph: graph)
    // A large plan's instances are checked in parts, side by side; the
    // parts' findings and states are joined in order, as one pass gives them.
    let count = graph.instances.count
    let partCount = count < instancesPerPart ? 1 : 2
    var parts = Concurrently.map(partCount) { part in
      let positions = Concurrently.part(part, of: partCount, in: count)
      // The first part's arrays are made with room for every part's, so
      // that joining them moves none of its own.
      return findings(
        of: positions, room: part == 0 ? count : positions.count, in: snapshot,
        scope: scope, histories: histories, matcher: matcher)
    }
    // The first part's arrays hold the rest: the later parts' findings are
    // moved there, and each part is let go once joined, so the findings
    // stand in memory once.
    var (violations, escalations, answers, states) = (
      parts[0].violations, parts[0].escalations, parts[0].answers, parts[0].states
    )
    parts[0] = Part()
    violations.reserveCapacity(parts.reduce(violations.count) { $0 + $1.violations.count })
    escalations.reserveCapacity(parts.reduce(escalations.count) { $0 + $1.escalations.count })
    answers.reserveCapacity(escalations.capacity)
    states.states.reserveCapacity(count)
    for index in parts.indices.dropFirst() {
      // A part's answers count its own violations: they follow the others'.
      let offset = Int32(violations.count)
      violations.append(moving: &parts[index].violations)
      escalations.append(moving: &parts[index].escalations)
      answers.append(contentsOf: parts[index].answers.lazy.map { $0 + offset })
      states.states.append(contentsOf: parts[index].states.states)
      parts[index] = Part()
    }
    for metricInstance in graph.metricInstances where scope?.contains(metricInstance.body) ?? true {
      guard var violation = metrics.violation(of: metricInstance) else { continue }
      violation.facts.add(histories[violation.instance], asOf: snapshot.asOf.value)
      violations.append(violation)
      matcher.escalations(
        of: violations[(violations.count - 1)...], history: histories[violation.instance],
        into: &escalations, answers: &answers)
    }
    var result = CheckResult(
      plan: graph.plan.id, planTitle: graph.plan.title, asOf: snapshot.asOf.value,
      violations: violations, escalations: escalations,
      returns: ReturnSummary(graph: graph, snapshot: snapshot, states: states, scope: scope),
      answers: answers)
    result.instanceStates = states
    return result
  }

  /// Below this many instances a check runs in one part: starting a thread
  /// would cost more than it saves.
  var instancesPerPart = 2_000

  /// The findings of some of the plan's instances, and their states.
  private struct Part {
    var violations: [Violation] = []
    var escalations: [Escalation] = []
    /// The position in `violations` of the violation each escalation answers.
    var answers: [Int32] = []
    var states = InstanceStates()
  }

  /// The violations and escalations of the instances at `positions` in
  /// `graph.instances`, in order, and each one's state, in arrays with room
  /// for the findings of `room` instances.
  private func findings(
    of positions: Range<Int>, room: Int, in snapshot: Snapshot, scope: Set<String>?,
    histories: [String: ActionHistory], matcher: EscalationMatcher
  ) -> Part {
    let instances = InstanceEvaluator(graph: graph, snapshot: snapshot)
    var part = Part()
    // Each instance's entry is read once, here: its state serves the return
    // summary and the progress tally too.
    part.states.states.reserveCapacity(room)
    // Room for one violation and one escalation per instance, more than a
    // large plan has (a quarter and a half at a million instances): grown
    // by doubling, each array was moved to fresh pages again and again,
    // while room not yet written costs address space, not memory.
    part.violations.reserveCapacity(room)
    part.escalations.reserveCapacity(room)
    part.answers.reserveCapacity(room)
    let bodies = BodyPositions(graph: graph)
    // An obligation's instances stand together in id order: its look-up is
    // made once for them all, and they read it in place by its position.
    // The next obligation is mostly the one after it (both are in id
    // order): that one is tried before a binary search.
    var dutyPosition = -1
    // What the obligation's violations share, made with its first.
    var violatedDuty: ViolatedDuty?
    var entries = InOrderLookup(snapshot.obligations)
    // Each instance is read in place, by position, not copied out.
    for position in positions {
      let due = instances.actualDue(ofInstanceAt: position)
      let bodyPosition = bodies.position(of: graph.instances[position].body)
      let body = Int32(bodyPosition ?? -1)
      guard scope?.contains(graph.instances[position].body) ?? true else {
        let status = entries.status(of: graph.instances[position].id)
        part.states.states.append(.init(due: due, body: body, reported: status))
        continue
      }
      // The entry's position: its fields are read where they stand.
      let entry = entries.position(of: graph.instances[position].id)
      part.states.states.append(
        .init(
          due: due, body: body,
          reported: entry.map { snapshot.obligations[position: $0].status }))
      if dutyPosition < 0
        || graph.obligations[dutyPosition].id != graph.instances[position].obligation
      {
        dutyPosition =
          IDOrder.position(
            of: graph.instances[position].obligation, in: graph.obligations, after: dutyPosition
          ) { $0.id } ?? -1
        violatedDuty = nil
      }
      guard dutyPosition >= 0 else { continue }
      // Found in place, at the end of `violations`: not copied there.
      let start = part.violations.count
      let history = histories.isEmpty ? nil : histories[graph.instances[position].id]
      instances.violations(
        ofInstanceAt: position, dutyAt: dutyPosition, bodyAt: bodyPosition, entryAt: entry,
        due: due, history: history, shared: &violatedDuty, into: &part.violations)
      guard part.violations.count > start else { continue }
      if part.violations[start...].contains(where: { $0.kind == .missing }) {
        part.states.states[part.states.states.count - 1].isMissing = true
      }
      matcher.escalations(
        of: part.violations[start...], history: history, into: &part.escalations,
        answers: &part.answers)
    }
    return part
  }
}
