import RuleParser

/// Expands obligations into instances: one per responsible body (groups
/// expanded to their members) and per occurrence of a recurring duty, with
/// dependencies matched body by body and relative deadlines planned from
/// their prerequisites' deadlines.
struct InstanceExpander {
  let table: DeclarationTable
  let groups: GroupResolver
  let effective: Day?
  /// The plan's classes by id.
  let classes: [String: ObligationClass]
  /// The plan's working calendar, for spans in working days.
  var calendar: WorkingCalendar = .china
  /// The plan's horizon, where open-ended recurring duties end.
  var horizon: Day?

  /// Where the instances of an obligation expanded so far are: a run of
  /// `instances`, `perBody` consecutive instances for each body in turn.
  private struct Expansion {
    /// The position of the first instance in `instances`.
    var start: Int
    /// The responsible bodies, expanded, in order.
    var bodies: [String]
    /// The number of instances of each body (its occurrences).
    var perBody: Int
    /// Each body's position in `bodies`, for long lists.
    var bodyPositions: [String: Int]?
    /// When bodies have different numbers of instances (`per_body:` with
    /// its own timing): where each body's instances begin, and the end.
    var offsets: [Int]?

    /// Lists longer than this find a body through `bodyPositions`.
    static let linearSearchLimit = 16

    /// All the instances.
    var all: Range<Int> { start..<(start + (offsets?.last ?? bodies.count * perBody)) }

    /// The instances of `body`, or all of them when it has none; `hint`
    /// is the position where `body` is likely to be.
    func instances(of body: String, hint: Int) -> Range<Int> {
      let position: Int?
      if hint < bodies.count, bodies[hint] == body {
        position = hint
      } else if let bodyPositions {
        position = bodyPositions[body]
      } else {
        position = bodies.firstIndex(of: body)
      }
      if let offsets, let position {
        return (start + offsets[position])..<(start + offsets[position + 1])
      }
      guard let position, perBody > 0 else { return all }
      let first = start + position * perBody
      return first..<(first + perBody)
    }
  }

  /// A deadline rule as expansion reads it for each instance: without its
  /// phrase or the prerequisite's id, so that reading it copies nothing
  /// reference-counted.
  private enum Deadline {
    case fixed(Located<Day>)
    case relative(Located<TimeSpan>)

    init?(_ due: ObligationDecl.Due?) {
      switch due {
      case .fixed(let day, _)?: self = .fixed(day)
      case .relative(let within, _)?: self = .relative(within)
      case nil: return nil
      }
    }
  }

  /// The most instances a plan may expand into (a plan has thousands).
  static var maxInstances: Int { InputLimits.current.instances }
  /// The most dependency edges between instances.
  static var maxDependencyEdges: Int { InputLimits.current.dependencyEdges }

  /// The dependency edges made so far.
  private var edgeCount = 0
  /// Set once a limit was hit: nothing more is expanded.
  private var stopped = false

  /// The instances of each obligation so far, for dependency matching, by
  /// the obligation's position in `table.obligations` (an array store per
  /// obligation instead of hashing its id).
  private var expansions: [Expansion?] = []
  private(set) var instances: [Instance] = []
  /// Where each obligation's instances are in `instances`, by its position
  /// in `table.obligations` (empty for one not expanded).
  private(set) var runs: [Range<Int>] = []

  init(
    table: DeclarationTable, groups: GroupResolver, effective: Day?,
    classes: [String: ObligationClass] = [:]
  ) {
    self.table = table
    self.groups = groups
    self.effective = effective
    self.classes = classes
  }

  /// Expands the obligations at positions `order` of `table.obligations`
  /// (prerequisites first).
  ///
  /// - Complexity: O(instances + matched dependency edges).
  mutating func expand(_ order: [Int], diagnostics: inout Diagnostics) {
    let decls = table.obligations
    expansions = Array(repeating: nil, count: decls.count)
    var estimate = 0
    for index in decls.indices {
      let responsible = decls[index].responsible
      estimate +=
        responsible.count == 1 ? groups.memberCount(responsible[0].value) : responsible.count
    }
    instances.reserveCapacity(min(estimate, Self.maxInstances))
    runs = Array(repeating: 0..<0, count: decls.count)
    for position in order where !stopped {
      let start = instances.count
      expand(decls[position], at: position, diagnostics: &diagnostics)
      runs[position] = start..<instances.count
    }
  }

  private mutating func expand(
    _ decl: ObligationDecl, at declPosition: Int, diagnostics: inout Diagnostics
  ) {
    let id = decl.id.value
    let written = decl.responsible.map(\.value)
    let bodies = groups.expand(written)
    let isSingle = !decl.responsibleIsList && bodies == written
    let obligationClass = decl.obligationClass.flatMap { classes[$0.value] }
    let sharedClass = obligationClass.map(SharedClass.init)
    let classDue =
      decl.every == nil
      ? obligationClass?.deadline(effective: effective, in: calendar) : nil
    // A duty of a standing class with a reporting period, and no timing of
    // its own, has one report instance per period.
    let standingReport =
      decl.every == nil && decl.due == nil ? obligationClass?.report : nil
    let cooperating = groups.expand(decl.cooperating.map(\.value))
    // (Most duties have no `per_body:`: no dictionary is mapped for them.)
    let overrides =
      decl.perBody.isEmpty
      ? [:]
      : groups.overrides(
        decl.perBody, of: id, written: written, bodies: bodies, diagnostics: &diagnostics
      ).mapValues { (index: $0, override: decl.perBody[$0]) }
    // Past the cap the periods are not even made: one more than the
    // capacity tells that there are too many.
    let capacity = (Self.maxInstances - instances.count) / max(1, bodies.count)
    let entryPeriods: [Occurrence?]
    if let standingReport, let classRange = decl.obligationClass?.range {
      entryPeriods = occurrences(
        of: decl, every: Located(standingReport.recurrence, at: classRange),
        everyDue: standingReport.dueDay, start: standingReport.start, limit: capacity,
        diagnostics: &diagnostics)
    } else {
      entryPeriods = occurrences(
        of: decl, every: decl.every, everyDue: decl.everyDue, limit: capacity,
        diagnostics: &diagnostics)
    }
    var bodyPeriods: [[Occurrence?]] = []
    if !overrides.isEmpty {
      var cache: [Int: [Occurrence?]] = [:]
      bodyPeriods = bodies.map { body in
        guard let (index, override) = overrides[body], override.due != nil || override.every != nil
        else { return entryPeriods }
        if let cached = cache[index] { return cached }
        let periods =
          override.every == nil
          ? [nil]
          : occurrences(
            of: decl, every: override.every, everyDue: override.everyDue, limit: capacity,
            diagnostics: &diagnostics)
        cache[index] = periods
        return periods
      }
    }
    let count =
      bodyPeriods.isEmpty
      ? bodies.count.multipliedReportingOverflow(by: entryPeriods.count)
      : (partialValue: bodyPeriods.reduce(0) { $0 + $1.count }, overflow: false)
    guard !count.overflow, instances.count + count.partialValue <= Self.maxInstances else {
      stop(
        .tooManyInstances(
          id, count: count.overflow ? .max : instances.count + count.partialValue,
          limit: Self.maxInstances, at: decl.id.range), diagnostics: &diagnostics)
      return
    }
    // Room for this duty's instances, growing geometrically: the first
    // estimate counts one instance per body, not per period.
    if instances.capacity < instances.count + count.partialValue {
      instances.reserveCapacity(
        max(instances.count + count.partialValue, 2 * instances.capacity))
    }
    var prerequisites = decl.dependsOn.map(\.value)
    var after: String?
    if case .relative(_, let afterID?) = decl.due {
      after = afterID.value
      if !prerequisites.contains(afterID.value) { prerequisites.append(afterID.value) }
    }
    var expansion = Expansion(
      start: instances.count, bodies: bodies, perBody: entryPeriods.count,
      bodyPositions: bodies.count > Expansion.linearSearchLimit
        ? Dictionary(bodies.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        : nil)
    if !bodyPeriods.isEmpty {
      expansion.offsets = bodyPeriods.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
    }
    let prerequisiteExpansions = prerequisites.map { prerequisite in
      table.obligationPositions[prerequisite].flatMap { expansions[$0] }
    }
    // Each body's matched prerequisite instances, `prerequisites.count`
    // ranges a body, found once: counting the edges needs them too.
    var matchedByBody: [Range<Int>] = []
    matchedByBody.reserveCapacity(bodies.count * prerequisiteExpansions.count)
    var edges = 0
    for (position, body) in bodies.enumerated() {
      let periods = bodyPeriods.isEmpty ? entryPeriods.count : bodyPeriods[position].count
      for prerequisite in prerequisiteExpansions {
        let range = prerequisite?.instances(of: body, hint: position) ?? 0..<0
        matchedByBody.append(range)
        edges += range.count * periods
      }
      guard edgeCount + edges <= Self.maxDependencyEdges else {
        stop(
          .tooManyDependencyEdges(
            id, count: edgeCount + edges, limit: Self.maxDependencyEdges, at: decl.id.range),
          diagnostics: &diagnostics)
        return
      }
    }
    edgeCount += edges
    // Where the prerequisite a relative deadline counts from is among the
    // prerequisites (it is one of them).
    let afterPosition = after.flatMap { prerequisites.firstIndex(of: $0) }
    var warned: Set<String> = []
    var reportedLateYear = false
    let isStandingReport = standingReport != nil
    let ownDeadline = Deadline(decl.due)
    // The body's matched prerequisite instances, in one array reused from
    // body to body.
    var matched: [Range<Int>] = []
    matched.reserveCapacity(prerequisites.count)
    for (position, body) in bodies.enumerated() {
      // (Element by element: appending the slice cost more than finding
      // the ranges again.)
      if !prerequisites.isEmpty {
        matched.removeAll(keepingCapacity: true)
        for index in (position * prerequisites.count)..<((position + 1) * prerequisites.count) {
          matched.append(matchedByBody[index])
        }
      }
      let dependencies = Self.dependencyIDs(matched, in: instances)
      let bodyID = isSingle ? id : InstanceID.of(id, body: body)
      var ownsTiming = false
      var deadline = ownDeadline
      var afterPosition = afterPosition
      // (Only a body's own list is a new array: the duty's is handed to
      // each instance as it is.)
      var ownCooperating: [String]?
      // (An empty dictionary would still hash every body.)
      if !overrides.isEmpty, let override = overrides[body]?.override {
        ownsTiming = override.due != nil || override.every != nil
        if ownsTiming {
          deadline = Deadline(override.due)
          afterPosition = nil
        }
        if let written = override.cooperating {
          ownCooperating = groups.expand(written.map(\.value))
        }
      }
      // By index: binding the body's list of periods retained and released
      // it for every body.
      let periodCount = bodyPeriods.isEmpty ? entryPeriods.count : bodyPeriods[position].count
      for periodIndex in 0..<periodCount {
        let period =
          bodyPeriods.isEmpty ? entryPeriods[periodIndex] : bodyPeriods[position][periodIndex]
        // (`period == nil` would compare two `Occurrence?` values.)
        let isOneOff: Bool
        if case .none = period { isOneOff = true } else { isOneOff = false }
        var instanceID = bodyID
        if let suffix = period?.suffix { instanceID = InstanceID.of(bodyID, period: suffix) }
        var due = period?.due
        var relativeDue: Instance.RelativeDue?
        switch deadline {
        case .fixed(let day)?:
          due = day.value
          // By index: zipping the two arrays retained both, and each
          // prerequisite's id, for every instance.
          for index in matched.indices
          where warned.isEmpty || !warned.contains(prerequisites[index]) {
            if let late = matched[index].first(where: {
              (instances[$0].due ?? .init(ordinal: .min)) > day.value
            }),
              let lateDue = instances[late].due
            {
              let prerequisite = prerequisites[index]
              warned.insert(prerequisite)
              diagnostics.report(
                .warning(
                  .dueBeforePrerequisite,
                  LocalizedText(
                    "'\(id)' is due \(day.value), before its prerequisite '\(prerequisite)' (due \(lateDue))",
                    "'\(id)' 的期限 \(day.value) 早于其前置义务 '\(prerequisite)' 的期限 \(lateDue)"),
                  at: day.range))
            }
          }
        case .relative(let within)?:
          if let afterPosition {
            let start = matched[afterPosition].max { lhs, rhs in
              (instances[lhs].due?.ordinal ?? .min) < (instances[rhs].due?.ordinal ?? .min)
            }
            if let start {
              relativeDue = Instance.RelativeDue(within: within.value, after: instances[start].id)
              due = instances[start].due.flatMap {
                planned(within, from: $0, diagnostics: &diagnostics)
              }
            }
          } else if let effective {
            due = planned(within, from: effective, diagnostics: &diagnostics)
          }
        case nil:
          if isOneOff, let classDue, let classRange = decl.obligationClass?.range {
            due = classDue
            warnLatePrerequisites(
              id, due: classDue, prerequisites: prerequisites, matched: matched,
              warned: &warned, at: classRange, diagnostics: &diagnostics)
          }
        }
        let fromClass = deadline == nil && (isOneOff || (isStandingReport && !ownsTiming))
        let dueSource: DueSource? = due == nil ? nil : (fromClass ? .class : .own)
        if let due, due.year > 9999, !reportedLateYear {
          reportedLateYear = true
          diagnostics.report(
            .error(
              .deadlineAfterYear9999,
              LocalizedText(
                en: "obligation '\(id)' has a deadline after 9999-12-31",
                zh: "义务“\(id)”的期限晚于 9999年12月31日"),
              at: decl.id.range))
        }
        let periodDependencies =
          isStandingReport && !ownsTiming && !isOneOff && !dependencies.isEmpty
          ? reportDependencies(matched, period: period) : dependencies
        append(
          id: instanceID, obligation: id, body: body, occurrence: period?.suffix,
          periodStart: period?.start, due: due, relativeDue: relativeDue,
          sharedClass: sharedClass, dependencies: periodDependencies,
          cooperating: ownCooperating ?? cooperating, dueSource: dueSource)
      }
    }
    expansions[declPosition] = expansion
  }

  /// Appends an instance, its parts handed over rather than copied (a plan
  /// has a million instances).
  @inline(never)
  private mutating func append(
    id: consuming String, obligation: consuming String, body: consuming String,
    occurrence: consuming String?, periodStart: Day?, due: Day?,
    relativeDue: consuming Instance.RelativeDue?, sharedClass: consuming SharedClass?,
    dependencies: consuming [String], cooperating: consuming [String], dueSource: DueSource?
  ) {
    instances.append(
      Instance(
        id: id, obligation: obligation, body: body, occurrence: occurrence,
        periodStart: periodStart, due: due, relativeDue: relativeDue, dependencies: dependencies,
        cooperating: cooperating, dueSource: dueSource, sharedClass: sharedClass))
  }

  /// Reports W014 once per prerequisite with an instance due after `due`, a
  /// deadline the duty takes from its class.
  private func warnLatePrerequisites(
    _ id: String, due: Day, prerequisites: [String], matched: [Range<Int>],
    warned: inout Set<String>, at range: SourceRange, diagnostics: inout Diagnostics
  ) {
    for (prerequisite, candidates) in zip(prerequisites, matched)
    where !warned.contains(prerequisite) {
      guard
        let lateDue = candidates.lazy.compactMap({ self.instances[$0].due }).first(where: {
          $0 > due
        })
      else { continue }
      warned.insert(prerequisite)
      diagnostics.report(
        .warning(
          .prerequisiteDueAfter,
          LocalizedText(
            en: "'\(id)' depends on '\(prerequisite)', which is due \(lateDue), after '\(id)' "
              + "(due \(due))",
            zh: "'\(id)' 依赖的 '\(prerequisite)' 期限为 \(lateDue)，晚于 '\(id)' 的期限 \(due)"), at: range))
    }
  }

  /// The day `within` after `start`, or E202 when working days run past
  /// the calendar's years.
  private func planned(
    _ within: Located<TimeSpan>, from start: Day, diagnostics: inout Diagnostics
  ) -> Day? {
    switch within.value.added(to: start, in: calendar) {
    case .success(let day): return day
    case .failure(.outsideKnownYears(let day, let known)):
      diagnostics.report(.workingDaysOutsideCalendar(day, known: known, at: within.range))
      return nil
    }
  }

  /// Reports a limit that was hit and stops the expansion.
  private mutating func stop(_ diagnostic: Diagnostic, diagnostics: inout Diagnostics) {
    diagnostics.report(diagnostic)
    stopped = true
  }

  /// The instances expanded, leaving none behind (so that they can be
  /// sorted in place).
  mutating func takeInstances() -> [Instance] {
    defer { instances = [] }
    return instances
  }

  /// The prerequisites of one period's report of a standing duty, sorted:
  /// of each prerequisite, its report of the same period when it has one,
  /// else its instances due by the period's end (and its undated ones).
  private func reportDependencies(_ matched: [Range<Int>], period: Occurrence?) -> [String] {
    guard let period else { return Self.dependencyIDs(matched, in: instances) }
    var ids: [String] = []
    for range in matched {
      let same = range.filter { instances[$0].occurrence == period.suffix }
      let kept =
        same.isEmpty
        ? range.filter { position in instances[position].due.map { $0 <= period.due } ?? true }
        : same
      ids.append(contentsOf: kept.map { instances[$0].id })
    }
    ids.sort()
    return ids
  }

  /// The ids of the matched prerequisite instances, sorted.
  ///
  /// Static, with the instances passed: a method called from the mutating
  /// expansion was handed a copy of the whole expander (a copy per body).
  private static func dependencyIDs(_ matched: [Range<Int>], in instances: [Instance]) -> [String] {
    if matched.isEmpty { return [] }
    if matched.count == 1, matched[0].count == 1 { return [instances[matched[0].lowerBound].id] }
    var ids: [String] = []
    ids.reserveCapacity(matched.reduce(0) { $0 + $1.count })
    for range in matched {
      for position in range { ids.append(instances[position].id) }
    }
    ids.sort()
    return ids
  }

  /// The periods of a recurring duty, or one `nil` period for a one-off duty.
  ///
  /// `start` is where a standing class's reports begin (`2018年起每季度`).
  private func occurrences(
    of decl: ObligationDecl, every: Located<Recurrence>?, everyDue: PeriodDay?,
    start: Day? = nil, limit: Int, diagnostics: inout Diagnostics
  ) -> [Occurrence?] {
    guard let every else { return [nil] }
    guard let until = decl.until?.value ?? horizon else {
      diagnostics.report(
        .error(
          .recurrenceWithoutEnd,
          LocalizedText(
            "recurring obligation '\(decl.id.value)' has no 'until' and the plan has no 'until'",
            "周期性义务 '\(decl.id.value)' 缺少 'until'，计划也未设 'until'"),
          at: every.range))
      return []
    }
    guard let from = decl.from?.value ?? start ?? effective else {
      diagnostics.report(
        .missingKey(
          "from",
          in: LocalizedText(en: "obligation '\(decl.id.value)'", zh: "义务 '\(decl.id.value)'"),
          at: every.range))
      return []
    }
    return RecurrencePhrase(recurrence: every.value, dueDay: everyDue)
      .occurrences(from: from, until: until, limit: limit)
  }
}
