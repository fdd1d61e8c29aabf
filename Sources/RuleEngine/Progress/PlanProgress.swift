public import RuleParser

/// One snapshot's progress, body by body, with each deadline's state: what
/// the bulletin ranks, the dashboard draws and the history compares.
public struct PlanProgress: Sendable {
  /// The day of the snapshot.
  public var asOf: Day
  /// Every responsible body with an instance, in id order.
  public var bodies: [BodyProgress]
  /// Every instance with a deadline as of the snapshot, by deadline then id.
  ///
  /// Made when read (each read makes them again): a check writes most
  /// reports without them, and a million `Deadline` values with three ids
  /// each are not made until a report asks.
  public var deadlines: [Deadline] { dated.map(deadline) }

  /// Each instance's state as of the snapshot, aligned with the graph's
  /// instances.
  let states: InstanceStates
  /// The graph's instances (shared, not copied).
  private let instances: [Instance]
  /// The instances with a deadline, by deadline then id: their positions
  /// in `instances`, their deadlines and where they stand.
  private let dated: [Dated]

  /// An instance with a deadline, by its position.
  private struct Dated: Sendable {
    var position: Int32
    var due: Day
    var state: Deadline.State
  }

  /// The bodies worst first (lowest completion rate first).
  public var ranking: [BodyProgress] { bodies.sorted(by: BodyProgress.worstFirst) }

  /// The whole plan's tally (`body` is empty).
  public var total: BodyProgress {
    var total = BodyProgress(body: "")
    for body in bodies {
      total.due += body.due
      total.done += body.done
      total.overdue += body.overdue
      total.violations += body.violations
      total.escalations += body.escalations
      total.highestAction = higher(total.highestAction, body.highestAction)
    }
    return total
  }

  /// The deadlines not yet met that fall after the snapshot's day and no
  /// later than the end of the following calendar month (下步要求).
  public var upcoming: [Deadline] {
    let next = asOf.adding(months: 1)
    let end = Day.endOf(month: next.month, year: next.year) ?? next
    return dated.filter { $0.due > asOf && $0.due <= end && $0.state != .done }.map(deadline)
  }

  /// Tallies a snapshot checked into `result`.
  ///
  /// - Complexity: O(I + V + E) for I instances, V violations and E
  ///   escalations, plus sorting the instances with a deadline by day.
  public init(graph: ObligationGraph, snapshot: Snapshot, result: CheckResult) {
    let asOf = result.asOf
    self.asOf = asOf
    instances = graph.instances
    // What the checker learned of each instance, unless the result was
    // made otherwise.
    let states =
      result.instanceStates.flatMap { $0.states.count == graph.instances.count ? $0 : nil }
      ?? InstanceStates(graph: graph, snapshot: snapshot)
    self.states = states
    // Tallied by the body's position in the plan; a body the plan lacks
    // (none, for a graph the compiler made) by its id.
    var tallies = graph.bodies.map { BodyProgress(body: $0.id) }
    var tallied = [Bool](repeating: false, count: tallies.count)
    var others: [String: BodyProgress] = [:]
    func update(_ id: String, position: Int?, _ change: (inout BodyProgress) -> Void) {
      if let position {
        change(&tallies[position])
        tallied[position] = true
      } else {
        change(&others[id, default: BodyProgress(body: id)])
      }
    }
    var dated: [Dated] = []
    dated.reserveCapacity(states.states.count)
    for position in states.states.indices {
      let state = states.states[position]
      // The body is found by its position; its id is read only for a body
      // the plan lacks.
      let body = state.body >= 0 ? Int(state.body) : nil
      let id = body == nil ? graph.instances[position].body : ""
      if let body {
        tallied[body] = true
      } else if others[id] == nil {
        others[id] = BodyProgress(body: id)
      }
      guard let due = state.due else { continue }
      let complete = state.isComplete
      dated.append(
        Dated(
          position: Int32(position), due: due,
          state: complete ? .done : (due <= asOf ? .overdue : .open)))
      guard due <= asOf else { continue }
      if let body {
        Self.countDue(complete: complete, in: &tallies[body])
      } else {
        Self.countDue(complete: complete, in: &others[id, default: BodyProgress(body: id)])
      }
    }
    let positions = BodyPositions(graph: graph)
    for position in result.violations.indices {
      let body = result.violations[position].body
      update(body, position: positions.position(of: body)) { $0.violations += 1 }
    }
    for position in result.escalations.indices {
      let target = result.escalations[position].target
      let action = result.escalations[position].action
      update(target, position: positions.position(of: target)) { tally in
        tally.escalations += 1
        tally.highestAction = higher(tally.highestAction, action)
      }
    }
    bodies = (tallies.indices.filter { tallied[$0] }.map { tallies[$0] } + others.values).sorted {
      $0.body < $1.body
    }
    // The graph's instances are in id order and the sort is stable, so
    // sorting by day alone orders by day, then id, without comparing ids.
    self.dated = dated.sorted { $0.due < $1.due }
  }

  /// Counts an instance due by the snapshot's day, done or overdue.
  private static func countDue(complete: Bool, in tally: inout BodyProgress) {
    tally.due += 1
    if complete { tally.done += 1 } else { tally.overdue += 1 }
  }

  /// The deadline of an instance with one.
  private func deadline(_ dated: Dated) -> Deadline {
    let instance = instances[Int(dated.position)]
    return Deadline(
      instance: instance.id, obligation: instance.obligation, body: instance.body, due: dated.due,
      state: dated.state)
  }
}

/// One instance's deadline and where it stands.
public struct Deadline: Sendable, Hashable {
  /// Done, overdue, or still open.
  public enum State: String, Sendable, Hashable {
    /// Done or closed.
    case done
    /// Past its deadline and not done.
    case overdue
    /// Not yet due.
    case open
  }

  /// The instance id.
  public var instance: String
  /// Its obligation.
  public var obligation: String
  /// The responsible body.
  public var body: String
  /// The deadline as of the snapshot.
  public var due: Day
  /// Where it stands.
  public var state: State
}

/// The higher of two optional actions.
private func higher(_ lhs: EscalationAction?, _ rhs: EscalationAction?) -> EscalationAction? {
  guard let lhs else { return rhs }
  guard let rhs else { return lhs }
  return max(lhs, rhs)
}
