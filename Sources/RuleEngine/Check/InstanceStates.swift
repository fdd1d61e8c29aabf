import RuleParser

/// What a check learned of every instance of the plan, position by position
/// in `graph.instances`: whether the snapshot has an entry for it, whether
/// the entry reports it complete, its deadline as of the snapshot, and its
/// body's position in `graph.bodies`.
///
/// `Checker` reads each instance's entry once and records it here, so that
/// the return summary and the progress tally need no look-up by id: at a
/// million instances each such pass was a million hash probes.
struct InstanceStates: Sendable {
  /// One instance's state.
  ///
  /// The deadline is held as a day and a flag, not as a `Day?`: the
  /// optional's 9 bytes beside the rest made a state 24 bytes long, held
  /// apart it is 16, and a million states touch 8 MB less.
  struct State: Sendable {
    /// The deadline when `hasDue`, else `placeholder`.
    private var dueDay: Day
    /// The body's position in `graph.bodies`, -1 for a body the plan lacks.
    var body: Int32
    /// Whether the snapshot has an entry for the instance.
    var hasEntry: Bool
    /// Whether the entry reports the instance done or closed.
    var isComplete: Bool
    /// Whether the check found the instance `missing` (in its scope).
    var isMissing = false
    /// Whether the instance has a deadline as of the snapshot.
    private var hasDue: Bool

    /// The deadline as of the snapshot (`InstanceEvaluator.actualDue`).
    var due: Day? { hasDue ? dueDay : nil }

    /// The state of an instance due `due`, of the body at `body`, whose
    /// entry reports `status` (`nil`: it has none); not yet found missing.
    init(due: Day?, body: Int32, reported status: InstanceProgress?) {
      dueDay = due ?? Self.placeholder
      hasDue = due != nil
      self.body = body
      hasEntry = status != nil
      isComplete = status?.isComplete ?? false
    }

    /// The day held by a state without a deadline (never read).
    private static let placeholder = Day(ordinal: 0)
  }

  /// The states, aligned with `graph.instances`.
  var states: [State] = []

  /// No states yet.
  init() {}

  /// The states of `graph`'s instances in `snapshot`, each entry looked up
  /// in the plan's order (for a result `Checker` did not make); none is
  /// marked missing.
  init(graph: ObligationGraph, snapshot: Snapshot) {
    let evaluator = InstanceEvaluator(graph: graph, snapshot: snapshot)
    let bodies = BodyPositions(graph: graph)
    var entries = InOrderLookup(snapshot.obligations)
    states = graph.instances.map { instance in
      let status = entries.status(of: instance.id)
      return State(
        due: evaluator.actualDue(of: instance),
        body: Int32(bodies.position(of: instance.body) ?? -1), reported: status)
    }
  }
}
