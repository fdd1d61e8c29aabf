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
  ///
  /// The day comes first: after the 4-byte position it was aligned to 8,
  /// and the struct took 24 bytes where 16 hold it (a million of them at a
  /// million instances).
  struct Dated: Sendable {
    var due: Day
    var position: Int32
    var state: Deadline.State
  }

  /// The bodies worst first (lowest completion rate first).
  public var ranking: [BodyProgress] { bodies.sorted(by: BodyProgress.worstFirst) }

  /// The whole plan's tally (`body` is empty).
  public var total: BodyProgress {
    var total = BodyProgress(body: "")
    for body in bodies { total.add(body) }
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
    self.init(graph: graph, snapshot: snapshot, result: result, instancesPerHalf: 4_000)
  }

  /// Tallies a snapshot checked into `result`, in two halves side by side
  /// from `instancesPerHalf` instances (below it, starting a thread would
  /// cost more than it saves).
  init(graph: ObligationGraph, snapshot: Snapshot, result: CheckResult, instancesPerHalf: Int) {
    let asOf = result.asOf
    self.asOf = asOf
    instances = graph.instances
    // What the checker learned of each instance, unless the result was
    // made otherwise.
    let states =
      result.instanceStates.flatMap { $0.states.count == graph.instances.count ? $0 : nil }
      ?? InstanceStates(graph: graph, snapshot: snapshot)
    self.states = states
    // A large check is tallied in two halves side by side: its instances,
    // violations and escalations each split at their middles.
    let positions = BodyPositions(graph: graph)
    let halves = states.states.count < instancesPerHalf ? 1 : 2
    var parts = Concurrently.map(halves) { half in
      let instances = Concurrently.part(half, of: halves, in: states.states.count)
      // The first half's instances with a deadline are made room for the
      // second's too: joined, they are not moved to a larger array (room
      // not yet written costs address space, not memory).
      var tally = Tally(
        graph: graph, datedRoom: half == 0 ? states.states.count : instances.count)
      tally.count(instancesAt: instances, of: graph, states: states, asOf: asOf)
      tally.count(
        result.violations[Concurrently.part(half, of: halves, in: result.violations.count)],
        result.escalations[Concurrently.part(half, of: halves, in: result.escalations.count)],
        positions: positions)
      return tally
    }
    for half in parts.indices.dropFirst() {
      parts[0].join(parts[half])
    }
    bodies = parts[0].bodies
    // The graph's instances are in id order and the sort is stable, so
    // sorting by day alone orders by day, then id, without comparing ids.
    // Sorted in place: a sorted copy was a third array of them all.
    var dated = parts[0].takeDated()
    dated.sort { $0.due < $1.due }
    self.dated = dated
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
