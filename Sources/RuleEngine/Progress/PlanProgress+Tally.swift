public import RuleParser

extension PlanProgress {
  /// The counts of some of a check's instances, violations and escalations,
  /// body by body, with the instances that have a deadline: a large check
  /// is tallied in two halves side by side, then the halves are joined.
  struct Tally {
    /// The counts by the body's position in the plan.
    private var tallies: [BodyProgress]
    /// Whether each of `tallies` counted anything.
    private var tallied: [Bool]
    /// The counts of bodies the plan lacks (none, for a graph the compiler
    /// made), by id.
    private var others: [String: BodyProgress] = [:]
    /// The instances with a deadline, in the graph's order.
    private(set) var dated: [Dated] = []

    /// Nothing counted yet, for the bodies of `graph`, with room for
    /// `datedRoom` instances with a deadline.
    init(graph: ObligationGraph, datedRoom: Int) {
      tallies = graph.bodies.map { BodyProgress(body: $0.id) }
      tallied = [Bool](repeating: false, count: tallies.count)
      dated.reserveCapacity(datedRoom)
    }

    /// The instances with a deadline, taken out: the tally no longer holds
    /// them, so that they can be sorted where they stand, not copied.
    mutating func takeDated() -> [Dated] {
      defer { dated = [] }
      return dated
    }

    /// The bodies counted, in id order.
    var bodies: [BodyProgress] {
      (tallies.indices.filter { tallied[$0] }.map { tallies[$0] } + others.values).sorted {
        $0.body < $1.body
      }
    }

    /// Counts the instances at `positions` of `graph`, whose states are
    /// `states`, as of `asOf`.
    mutating func count(
      instancesAt positions: Range<Int>, of graph: ObligationGraph, states: InstanceStates,
      asOf: Day
    ) {
      for position in positions {
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
            due: due, position: Int32(position),
            state: complete ? .done : (due <= asOf ? .overdue : .open)))
        guard due <= asOf else { continue }
        if let body {
          Self.countDue(complete: complete, in: &tallies[body])
        } else {
          Self.countDue(complete: complete, in: &others[id, default: BodyProgress(body: id)])
        }
      }
    }

    /// Counts `violations` and `escalations` against their bodies, found
    /// by `positions`.
    mutating func count(
      _ violations: ArraySlice<Violation>, _ escalations: ArraySlice<Escalation>,
      positions: BodyPositions
    ) {
      // An instance's violations, and a violation's escalations, come one
      // after another and name one body: the last body's position is kept,
      // and an id equal to the last (told at once when it shares its
      // storage or is short) is not hashed again. At a million instances,
      // 494,050 escalations answer 250,000 violations.
      var last: (id: String, position: Int?)?
      func position(of id: String) -> Int? {
        if let last, last.id == id { return last.position }
        let position = positions.position(of: id)
        last = (id, position)
        return position
      }
      for index in violations.indices {
        let body = violations[index].body
        update(body, position: position(of: body)) { $0.violations += 1 }
      }
      for index in escalations.indices {
        let target = escalations[index].target
        let action = escalations[index].action
        update(target, position: position(of: target)) { tally in
          tally.escalations += 1
          tally.highestAction = BodyProgress.higher(tally.highestAction, action)
        }
      }
    }

    /// Adds the counts of `other`, whose instances follow this one's.
    mutating func join(_ other: Tally) {
      for position in tallies.indices where other.tallied[position] {
        tallies[position].add(other.tallies[position])
        tallied[position] = true
      }
      for (id, counts) in other.others {
        others[id, default: BodyProgress(body: id)].add(counts)
      }
      dated.append(contentsOf: other.dated)
    }

    /// Counts an instance due by the snapshot's day, done or overdue.
    private static func countDue(complete: Bool, in tally: inout BodyProgress) {
      tally.due += 1
      if complete { tally.done += 1 } else { tally.overdue += 1 }
    }

    /// Changes the counts of the body `id`, at `position` in the plan.
    private mutating func update(
      _ id: String, position: Int?, _ change: (inout BodyProgress) -> Void
    ) {
      if let position {
        change(&tallies[position])
        tallied[position] = true
      } else {
        change(&others[id, default: BodyProgress(body: id)])
      }
    }
  }
}
