public import RuleParser

/// One snapshot's progress, body by body, with each deadline's state: what
/// the bulletin ranks, the dashboard draws and the history compares.
public struct PlanProgress: Sendable {
  /// The day of the snapshot.
  public var asOf: Day
  /// Every responsible body with an instance, in id order.
  public var bodies: [BodyProgress]
  /// Every instance with a deadline as of the snapshot, by deadline then id.
  public var deadlines: [Deadline]

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
    return deadlines.filter { $0.due > asOf && $0.due <= end && $0.state != .done }
  }

  /// Tallies a snapshot checked into `result`.
  ///
  /// - Complexity: O(I + V + E) for I instances, V violations and E
  ///   escalations, plus sorting the deadlines.
  public init(graph: ObligationGraph, snapshot: Snapshot, result: CheckResult) {
    asOf = result.asOf
    let evaluator = InstanceEvaluator(graph: graph, snapshot: snapshot)
    var tallies: [String: BodyProgress] = [:]
    var deadlines: [Deadline] = []
    deadlines.reserveCapacity(graph.instances.count)
    for instance in graph.instances {
      // Changed in place: one look-up of the body per instance.
      tallies[instance.body, default: BodyProgress(body: instance.body)].count(
        instance, due: evaluator.actualDue(of: instance), asOf: asOf,
        isComplete: snapshot.obligations.status(of: instance.id)?.isComplete ?? false,
        into: &deadlines)
    }
    for violation in result.violations {
      tallies[violation.body, default: BodyProgress(body: violation.body)].violations += 1
    }
    for escalation in result.escalations {
      var tally = tallies[escalation.target] ?? BodyProgress(body: escalation.target)
      tally.escalations += 1
      tally.highestAction = higher(tally.highestAction, escalation.action)
      tallies[escalation.target] = tally
    }
    bodies = tallies.keys.sorted().compactMap { tallies[$0] }
    // The graph's instances are in id order and the sort is stable, so
    // sorting by day alone orders by day, then id, without comparing ids.
    self.deadlines = deadlines.sorted { $0.due < $1.due }
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

extension BodyProgress {
  /// Counts one instance of the body with its deadline as of `asOf` (none
  /// yet: `nil`), which goes into `deadlines`.
  fileprivate mutating func count(
    _ instance: Instance, due: Day?, asOf: Day, isComplete: @autoclosure () -> Bool,
    into deadlines: inout [Deadline]
  ) {
    guard let due else { return }
    let complete = isComplete()
    let state: Deadline.State = complete ? .done : (due <= asOf ? .overdue : .open)
    deadlines.append(
      Deadline(
        instance: instance.id, obligation: instance.obligation, body: instance.body, due: due,
        state: state))
    guard due <= asOf else { return }
    self.due += 1
    if complete { done += 1 } else { overdue += 1 }
  }
}

/// The higher of two optional actions.
private func higher(_ lhs: EscalationAction?, _ rhs: EscalationAction?) -> EscalationAction? {
  guard let lhs else { return rhs }
  guard let rhs else { return lhs }
  return max(lhs, rhs)
}
