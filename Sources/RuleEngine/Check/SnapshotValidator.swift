public import RuleParser

/// Checks a snapshot against the compiled plan: the plan id, every instance
/// and metric instance id (with "did you mean"), and the order of its dates.
///
/// Works on any `Snapshot`, however it was read (JSON or a ledger CSV).
public struct SnapshotValidator {
  /// The compiled plan.
  public let graph: ObligationGraph
  private var instanceHints: InstanceHints
  private var metricSuggestions: DidYouMean?

  /// Creates a validator for a plan.
  public init(graph: ObligationGraph) {
    self.graph = graph
    instanceHints = InstanceHints(graph: graph, includingMetrics: true)
  }

  /// Reports every problem of `snapshot` into `diagnostics`.
  ///
  /// - Returns: whether the snapshot is free of errors.
  /// - Complexity: O(n log n) in the snapshot's entries (sorted for a stable
  ///   order); "did you mean" indexes are built only when an id is unknown.
  public mutating func validate(_ snapshot: Snapshot, into diagnostics: inout Diagnostics) -> Bool {
    var local = Diagnostics()
    if let plan = snapshot.plan, plan.value != graph.plan.id {
      local.report(
        .wrongPlan(
          .snapshotWrongPlan, LocalizedText("snapshot", "快照"), found: plan.value,
          expected: graph.plan.id,
          at: plan.range,
          help: LocalizedText(
            "check --rules, or write \"plan\": \"\(graph.plan.id)\"",
            "请检查 --rules，或改为 \"plan\": \"\(graph.plan.id)\"")))
    }
    let asOf = snapshot.asOf.value
    // The entries are reported in the order they are written; sorting a
    // large snapshot's entries is needed only when one of them has a problem,
    // which a quick pass finds first, in two halves side by side.
    let entries = snapshot.obligations
    let isPart = entries.count * 4 < graph.instances.count
    let halves =
      entries.count < entriesPerHalf
      ? [firstProblem(of: snapshot, half: 0, of: 1, isPart: isPart)]
      : Concurrently.map(2) { firstProblem(of: snapshot, half: $0, of: 2, isPart: isPart) }
    let problems =
      halves.reduce(0) { $0 + $1.known } != entries.count || halves.contains { $0.hasProblem }
    if problems {
      let entries = snapshot.obligations.values.sorted {
        $0.instance.range.start < $1.instance.range.start
      }
      for entry in entries {
        if graph.instance(entry.instance.value) == nil {
          // Past the error limit an error is only counted: no suggestion is sought.
          if local.isFull {
            local.countError()
          } else {
            local.report(unknownInstance(entry.instance))
          }
        }
        checkDates(entry, asOf: asOf, into: &local)
      }
    }
    for id in snapshot.metrics.keys.sorted() {
      let range = snapshot.metricLocations[id] ?? snapshot.asOf.range
      if graph.metricInstance(id) == nil {
        if local.isFull {
          local.countError()
        } else {
          local.report(unknownMetric(Located(id, at: range)))
        }
      }
      for reading in snapshot.metrics[id] ?? [] where reading.on.value > asOf {
        local.report(
          .snapshotAfterAsOf(
            LocalizedText(en: "the reading's date", zh: "监测日期"), day: reading.on.value,
            asOf: asOf, at: reading.on.range))
      }
    }
    for action in snapshot.actions {
      let id = action.instance
      if graph.instance(id.value) == nil, graph.metricInstance(id.value) == nil {
        if local.isFull { local.countError() } else { local.report(unknownInstance(id)) }
      }
      if action.on.value > asOf {
        local.report(
          .snapshotAfterAsOf(
            LocalizedText(en: "the action's date", zh: "措施日期"), day: action.on.value,
            asOf: asOf, at: action.on.range))
      }
    }
    diagnostics.merge(local)
    return !local.hasErrors
  }

  /// An entry's dates, in the order they are checked.
  private enum DateField: String, CaseIterable {
    // Each raw value is the key the date is written under.
    case completed, reported, published

    /// What it is called in messages.
    var name: LocalizedText {
      switch self {
      case .completed: LocalizedText(en: "the completion date", zh: "完成日期")
      case .reported: LocalizedText(en: "the report date", zh: "报送日期")
      case .published: LocalizedText(en: "the publication date", zh: "公开日期")
      }
    }

    /// Its value in `entry`.
    func value(in entry: InstanceStatus) -> Located<Day>? {
      switch self {
      case .completed: entry.completed
      case .reported: entry.reported
      case .published: entry.published
      }
    }
  }

  /// Below this many entries a snapshot is validated in one part: starting
  /// a thread would cost more than it saves.
  var entriesPerHalf = 4_000

  /// How many ids of one half of a snapshot's entries are known, and
  /// whether any entry of that half has a problem with its dates: the
  /// quick pass, which finds nothing to report for a clean snapshot.
  ///
  /// Every id is known when as many of them are the plan's as there are
  /// entries: counted by one look-up per instance of the plan, in its order
  /// (`InOrderLookup`), or, for a snapshot with far fewer entries than the
  /// plan has instances (one part of the month's returns, `isPart`), by
  /// finding each entry's id among the plan's. The halves split the plan's
  /// instances (or the entries) and the entries at their middles, so the
  /// two can run side by side.
  private func firstProblem(
    of snapshot: Snapshot, half: Int, of halves: Int, isPart: Bool
  ) -> (known: Int, hasProblem: Bool) {
    let entries = snapshot.obligations
    func slice(_ count: Int) -> Range<Int> { Concurrently.part(half, of: halves, in: count) }
    let known: Int
    if isPart {
      known = knownCount(of: entries, at: slice(entries.count))
    } else {
      var lookup = InOrderLookup(entries)
      let instances = graph.instances
      known = slice(instances.count).count { lookup.position(of: instances[$0].id) != nil }
    }
    let asOf = snapshot.asOf.value
    let hasProblem = slice(entries.count).contains {
      Self.hasDateProblem(in: entries, at: $0, asOf: asOf)
    }
    return (known, hasProblem)
  }

  /// Whether `checkDates` would report anything of the entry at `position`
  /// in `entries`: its tests, in the same terms, read where the entry is
  /// stored, without making a message (the quick pass asks this of every
  /// entry, and making an empty report of each cost more).
  private static func hasDateProblem(
    in entries: InstanceStatusTable, at position: Int, asOf: Day
  ) -> Bool {
    let entry = entries[position: position]
    let isComplete = entry.status.isComplete
    let completed = entry.completed
    // A completion date without a completed status, or the other way round.
    if isComplete != (completed != nil) { return true }
    if let completed, completed > asOf { return true }
    func isMisplaced(_ date: Day?) -> Bool {
      guard let date else { return false }
      return !isComplete || date > asOf || completed.map { date < $0 } == true
    }
    if isMisplaced(entry.reported) { return true }
    guard entry.isKeptWhole, let whole = entries.keptWhole(at: position), whole.hasRareFields
    else { return false }
    if isMisplaced(whole.published?.value) { return true }
    let acceptance = whole.acceptance
    guard let on = acceptance.on, acceptance.onRange != nil else { return false }
    return on > asOf || completed.map { on < $0 } == true
  }

  /// How many ids of the entries at `positions` are the plan's instances.
  ///
  /// Each id is tried first at the instance after the last one found, as
  /// the tools that write a part of the returns list its entries in the
  /// plan's order, where it is compared as stored; any other is made a
  /// string and searched for among the plan's sorted ids.
  private func knownCount(of entries: InstanceStatusTable, at positions: Range<Int>) -> Int {
    let instances = graph.instances
    var last = -1
    return positions.count { position in
      if last + 1 < instances.count, entries.id(at: position, is: instances[last + 1].id) {
        last += 1
        return true
      }
      guard
        let found = IDOrder.position(
          of: entries.id(at: position), in: instances, after: last, id: { $0.id })
      else { return false }
      last = found
      return true
    }
  }

  private func checkDates(_ entry: InstanceStatus, asOf: Day, into diagnostics: inout Diagnostics) {
    let status = entry.status.value
    for field in DateField.allCases {
      guard let date = field.value(in: entry) else { continue }
      let key = field.rawValue
      if !status.isComplete {
        diagnostics.report(
          .error(
            .snapshotDateWithoutCompletion,
            LocalizedText(
              "'\(key)' is given but the status is '\(status.rawValue)'",
              "给出了 '\(key)'，但状态为 '\(status.rawValue)'"),
            at: date.range,
            help: LocalizedText(
              "set \"status\": \"done\" (or \"closed\"), or remove '\(key)'",
              "请将状态设为 \"done\"（或 \"closed\"），或删除 '\(key)'")))
      }
      if date.value > asOf {
        diagnostics.report(
          .snapshotAfterAsOf(field.name, day: date.value, asOf: asOf, at: date.range))
      }
      if field != .completed, let completed = entry.completed, date.value < completed.value {
        diagnostics.report(
          Diagnostic(
            .error, code: .snapshotBeforeCompletion,
            LocalizedText(
              "\(field.name.en) (\(date.value)) is before the completion (\(completed.value))",
              "\(field.name.zh)（\(date.value)）早于完成日期（\(completed.value)）"), at: date.range
          ).note(LocalizedText("completed here", "完成日期在此"), at: completed.range).helped(nil))
      }
    }
    if let on = entry.acceptance.on, let range = entry.acceptance.onRange {
      let what = LocalizedText(en: "the acceptance date", zh: "验收日期")
      if on > asOf { diagnostics.report(.snapshotAfterAsOf(what, day: on, asOf: asOf, at: range)) }
      if let completed = entry.completed, on < completed.value {
        diagnostics.report(
          Diagnostic(
            .error, code: .snapshotBeforeCompletion,
            LocalizedText(
              "\(what.en) (\(on)) is before the completion (\(completed.value))",
              "\(what.zh)（\(on)）早于完成日期（\(completed.value)）"), at: range
          ).note(LocalizedText("completed here", "完成日期在此"), at: completed.range).helped(nil))
      }
    }
    if status.isComplete, entry.completed == nil {
      diagnostics.report(
        .error(
          .snapshotNoCompletionDate,
          LocalizedText(
            "status '\(status.rawValue)' needs a 'completed' date",
            "状态 '\(status.rawValue)' 需要给出完成日期 'completed'"),
          at: entry.status.range))
    }
  }

  private mutating func unknownInstance(_ id: Located<String>) -> Diagnostic {
    let (suggestion, ofObligation) = instanceHints.hints(for: id.value)
    return .unknownInstance(
      id.value, code: .snapshotUnknownInstance, suggestion: suggestion,
      instancesOfObligation: ofObligation,
      perInstanceHelp: LocalizedText("give the status of each instance by its id", "请按实例标识分别填写状态"),
      otherwise: LocalizedText(
        "`rulec compile` lists every instance id; `rulec explain ID` shows one obligation's",
        "`rulec compile` 列出所有实例标识；`rulec explain ID` 显示某项义务的实例"), at: id.range)
  }

  private mutating func unknownMetric(_ id: Located<String>) -> Diagnostic {
    if metricSuggestions == nil {
      metricSuggestions = DidYouMean(candidates: graph.metricInstances.map(\.id))
    }
    return .snapshotUnknownMetric(
      id.value, suggestion: metricSuggestions?.suggest(for: id.value), at: id.range)
  }
}
