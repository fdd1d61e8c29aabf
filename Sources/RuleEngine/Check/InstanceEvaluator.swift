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

  /// Appends to `found` the violations of the instance at `position` in
  /// `graph.instances`, an instance of the obligation at `duty` in
  /// `graph.obligations`, in `ViolationKind` order,
  /// given its body's position in `graph.bodies` (`nil`: the plan lacks it),
  /// its entry's position in `snapshot.obligations` (`nil`: it has none),
  /// its `actualDue(ofInstanceAt:)` and the actions already taken on it
  /// (their facts are part of each violation's).
  ///
  /// `shared` is what the obligation's violations share: made with the
  /// first, kept by the caller for its other instances.
  ///
  /// The instance, its obligation and its entry are read in place, field
  /// by field: copying them whole counted each of their references, for
  /// each of a million instances (the obligation, copied once for its
  /// instances, still cost a dozen references and an allocation for each
  /// of 100,000 obligations).
  func violations(
    ofInstanceAt position: Int, dutyAt duty: Int, bodyAt body: Int?, entryAt entry: Int?,
    due: Day?, history: ActionHistory?, shared: inout ViolatedDuty?,
    into found: inout [Violation]
  ) {
    let entries = snapshot.obligations
    // The entry's fields, read once.
    let status = entry.map { entries[position: $0].status }
    let completedDay = entry.flatMap { entries[position: $0].completed }
    let reportedDay = entry.flatMap { entries[position: $0].reported }
    let publishedDay = entry.flatMap { entries.published(at: $0) }
    let isFalse = entry.flatMap { entries.falseReport(at: $0) } == true
    let isComplete = status?.isComplete ?? false
    let completed = isComplete ? completedDay : nil
    // A standing duty's period report is itself the report: it has no
    // result to report or publish afterwards.
    // (`Instance.isStandingReport`, read from the stored fields: asking the
    // instance itself copied it whole.)
    let isStandingReport =
      graph.instances[position].dueSource == .class && graph.instances[position].occurrence != nil
    let reportWithin = isStandingReport ? nil : graph.obligations[duty].reportWithin
    let publishWithin = isStandingReport ? nil : graph.obligations[duty].publishWithin
    let report = completed.flatMap {
      lateness(reportWithin, completed: $0, done: reportedDay)
    }
    let publication = completed.flatMap {
      lateness(publishWithin, completed: $0, done: publishedDay)
    }
    let isOverdue = due.map { $0 < asOf } == true && !isComplete
    let isLate = due.flatMap { due in completed.map { $0 > due } } == true
    let early =
      completed.map { prerequisitesCompletedLater(than: $0, ofInstanceAt: position) } ?? []
    // Most instances of a large plan have no violation: the facts and the
    // violations they go into are made only for one that has.
    guard isOverdue || isLate || report != nil || publication != nil || isFalse || !early.isEmpty
    else { return }
    let violated: ViolatedDuty
    if let shared {
      violated = shared
    } else {
      violated = ViolatedDuty(ofObligationAt: duty, in: graph, asOf: asOf)
      shared = violated
    }
    let daysToDue = due.map { Int32(asOf.days(until: $0)) }
    // Each violation is made whole, once, from the instance's fields read
    // in place: a first draft copied for each counted a dozen references
    // twice more, and most instances have one violation.
    func add(_ kind: ViolationKind, due: Day?, late: Day? = nil, prerequisites: [String] = []) {
      found.append(
        Violation(
          DutyViolation(
            .init(
              duty: violated, instance: graph.instances[position].id,
              body: graph.instances[position].body,
              bodyKind: body.flatMap { graph.bodies[$0].kind },
              obligationClass: graph.instances[position].obligationClass?.id,
              cooperating: graph.instances[position].cooperating, prerequisites: prerequisites,
              history: history, progress: entry.flatMap { entries.progress(at: $0) },
              kind: kind, status: status, isOverdue: isOverdue,
              isMissing: entry == nil && isOverdue,
              reported: reportedDay != nil, published: publishedDay != nil, falseReport: isFalse,
              due: due, daysToDue: daysToDue,
              completed: completedDay, daysUnreported: Int32(report?.days ?? 0), late: late,
              daysUnpublished: Int32(publication?.days ?? 0)))))
    }
    if isOverdue { add(entry == nil ? .missing : .overdue, due: due) }
    guard entry != nil else { return }
    if isLate { add(.late, due: due) }
    if let report { add(.unreported, due: report.deadline, late: reportedDay) }
    if let publication { add(.unpublished, due: publication.deadline, late: publishedDay) }
    if isFalse { add(.falseReport, due: due, late: reportedDay) }
    if !early.isEmpty { add(.dependencyOrder, due: due, prerequisites: early) }
  }

  /// The deadline as of the snapshot: fixed, or for a relative deadline the
  /// prerequisite's actual completion plus the span (`nil` until it is
  /// completed).
  func actualDue(of instance: Instance) -> Day? {
    actualDue(planned: instance.due, relative: instance.relativeDue)
  }

  /// The deadline as of the snapshot of the instance at `position` in
  /// `graph.instances` (read in place).
  func actualDue(ofInstanceAt position: Int) -> Day? {
    actualDue(
      planned: graph.instances[position].due, relative: graph.instances[position].relativeDue)
  }

  /// The deadline as of the snapshot of an instance planned for `planned`,
  /// or counted from a prerequisite's completion.
  private func actualDue(planned: Day?, relative: Instance.RelativeDue?) -> Day? {
    guard let relative else { return planned }
    guard let start = entry(of: relative.after), start.status.isComplete,
      let completed = start.completed
    else { return nil }
    // Outside the calendar's years the planned deadline stands.
    return (try? relative.within.added(to: completed, in: graph.plan.calendar).get())
      ?? planned
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

  /// The prerequisites of the instance at `position`, completed on
  /// `completed`, that were completed after it, or not at all.
  private func prerequisitesCompletedLater(
    than completed: Day, ofInstanceAt position: Int
  ) -> [String] {
    graph.instances[position].dependencies.filter { dependency in
      guard let prerequisite = entry(of: dependency), prerequisite.status.isComplete
      else { return true }
      return prerequisite.completed.map { $0 > completed } ?? false
    }
  }

  /// The entry of the instance `id`, read where it is stored.
  private func entry(of id: String) -> StoredEntry? {
    snapshot.obligations.position(of: id).map { snapshot.obligations[position: $0] }
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
