import RuleParser

/// Finds the violations of one duty instance as of a snapshot's date.
///
/// The kinds: overdue, missing, late, unreported, unpublished, false report,
/// dependency order. A duty is overdue from the day after its due date. A
/// standing duty's period report (`Instance.isStandingReport`) is `missing`
/// when the period has no entry, `overdue` when its entry is not done, and
/// is never `unreported` or `unpublished`: the entry is the report.
struct InstanceEvaluator {
  let graph: ObligationGraph
  let snapshot: Snapshot

  private var asOf: Day { snapshot.asOf.value }

  /// Appends to `found` the violations of an instance of `obligation`, in
  /// `ViolationKind` order, given its entry, its `actualDue(of:)` and the
  /// actions already taken on it (their facts are part of each violation's).
  func violations(
    of instance: Instance, obligation: Obligation, entry: InstanceStatus?, due: Day?,
    history: ActionHistory?, into found: inout [Violation]
  ) {
    let isComplete = entry?.status.value.isComplete ?? false
    let completed = isComplete ? entry?.completed?.value : nil
    // A standing duty's period report is itself the report: it has no
    // result to report or publish afterwards.
    let reportWithin = instance.isStandingReport ? nil : obligation.reportWithin
    let publishWithin = instance.isStandingReport ? nil : obligation.publishWithin
    let report = completed.flatMap {
      lateness(reportWithin, completed: $0, done: entry?.reported?.value)
    }
    let publication = completed.flatMap {
      lateness(publishWithin, completed: $0, done: entry?.published?.value)
    }
    let isOverdue = due.map { $0 < asOf } == true && !isComplete
    let isLate = due.flatMap { due in completed.map { $0 > due } } == true
    let isFalse = entry?.falseReport?.value == true
    let early = entry.map { prerequisitesCompletedLater(than: $0, of: instance) } ?? []
    // Most instances of a large plan have no violation: the facts and the
    // violation they go into are made only for one that has.
    guard isOverdue || isLate || report != nil || publication != nil || isFalse || !early.isEmpty
    else { return }
    var base = Violation(
      kind: .overdue, instance: instance.id, subject: obligation.id, body: instance.body,
      title: obligation.title, due: due, facts: ViolationFacts(), details: ViolationDetails(),
      source: obligation.source, location: obligation.location, doubtful: obligation.doubtful)
    base.details.completed = entry?.completed?.value
    base.cooperating = instance.cooperating
    var baseFacts = facts(instance, entry: entry, due: due)
    baseFacts.daysUnreported = report?.days ?? 0
    baseFacts.daysUnpublished = publication?.days ?? 0
    baseFacts.history = history
    baseFacts.historyAsOf = asOf
    func add(
      _ kind: ViolationKind, daysLate: Int = 0, _ change: (inout Violation) -> Void = { _ in }
    ) {
      var (violation, facts) = (base, baseFacts)
      violation.kind = kind
      facts.kind = kind
      facts.daysLate = daysLate
      violation.facts = ViolationFacts(duty: facts)
      change(&violation)
      found.append(violation)
    }
    if isOverdue { add(entry == nil ? .missing : .overdue) }
    guard let entry else { return }
    if isLate, let due, let completed { add(.late, daysLate: due.days(until: completed)) }
    if let report {
      add(.unreported) {
        $0.due = report.deadline
        $0.details.late = entry.reported?.value
      }
    }
    if let publication {
      add(.unpublished) {
        $0.due = publication.deadline
        $0.details.late = entry.published?.value
      }
    }
    if isFalse { add(.falseReport) { $0.details.late = entry.reported?.value } }
    if !early.isEmpty { add(.dependencyOrder) { $0.details.prerequisites = early } }
  }

  /// The deadline as of the snapshot: fixed, or for a relative deadline the
  /// prerequisite's actual completion plus the span (`nil` until it is
  /// completed).
  func actualDue(of instance: Instance) -> Day? {
    guard let relative = instance.relativeDue else { return instance.due }
    guard let start = snapshot.obligations[relative.after], start.status.value.isComplete,
      let completed = start.completed?.value
    else { return nil }
    // Outside the calendar's years the planned deadline stands.
    return (try? relative.within.added(to: completed, in: graph.plan.calendar).get())
      ?? instance.due
  }

  /// What the facts of the instance's violations are worked out from (the
  /// report's and publication's lateness, the kind and the history aside).
  private func facts(_ instance: Instance, entry: InstanceStatus?, due: Day?) -> DutyFacts.Values {
    let isComplete = entry?.status.value.isComplete ?? false
    let isOverdue = due.map { $0 < asOf && !isComplete } ?? false
    return DutyFacts.Values(
      obligation: instance.obligation, body: instance.body,
      bodyKind: graph.body(instance.body)?.kind, obligationClass: instance.obligationClass?.id,
      isOverdue: isOverdue, isMissing: entry == nil && isOverdue,
      daysOverdue: isOverdue ? (due?.days(until: asOf) ?? 0) : 0,
      daysToDue: due.map { asOf.days(until: $0) }, reported: entry?.reported != nil,
      published: entry?.published != nil, falseReport: entry?.falseReport?.value ?? false,
      daysUnreported: 0, daysUnpublished: 0, status: entry?.status.value,
      progress: entry.flatMap { $0.progress?.value })
  }

  /// How late a report or publication is: its deadline and the days past it,
  /// or `nil` when it is in time (or its time has not yet passed).
  private func lateness(
    _ within: TimeSpan?, completed: Day, done: Day?
  ) -> (deadline: Day, days: Int)? {
    guard let within,
      let deadline = try? within.added(to: completed, in: graph.plan.calendar).get()
    else { return nil }
    let end = done ?? asOf
    guard end > deadline else { return nil }
    return (deadline, deadline.days(until: end))
  }

  /// The prerequisites of a completed instance that were completed after it,
  /// or not at all.
  private func prerequisitesCompletedLater(
    than entry: InstanceStatus, of instance: Instance
  ) -> [String] {
    guard entry.status.value.isComplete, let completed = entry.completed?.value else { return [] }
    return instance.dependencies.filter { dependency in
      guard let prerequisite = snapshot.obligations[dependency],
        prerequisite.status.value.isComplete
      else { return true }
      return prerequisite.completed.map { $0.value > completed } ?? false
    }
  }
}

extension InstanceProgress {
  /// The status as the value of the `status` fact, made once per status.
  var factValue: FactValue? {
    switch self {
    case .notStarted: Self.factValues[0]
    case .inProgress: Self.factValues[1]
    case .done: Self.factValues[2]
    case .closed: Self.factValues[3]
    }
  }

  private static let factValues = [Self.notStarted, .inProgress, .done, .closed].map {
    EnumValue(.status, named: $0.rawValue).map(FactValue.enumeration)
  }
}
