import RuleParser

/// Expands obligations into instances: one per responsible body (groups
/// expanded to their members) and per occurrence of a recurring duty, with
/// dependencies matched body by body and relative deadlines planned from
/// their prerequisites' deadlines.
///
/// In two steps: `layOut` works out, obligation by obligation, where each
/// one's instances go and what they depend on (and stops at the limits);
/// `InstanceLayout.fill` then makes the instances, on two cores for a large
/// plan.
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

  /// Where the instances of an obligation laid out so far are: a run of
  /// instances, `perBody` consecutive instances for each body in turn.
  private struct Expansion {
    /// The position of the first instance.
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
    /// The obligation's level (see `ObligationLayout.level`).
    var level: Int

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

  /// The most instances a plan may expand into (a plan has thousands), and
  /// the most dependency edges between instances: read once (reading the
  /// global for each obligation checked its exclusive access, ~230
  /// instructions a duty).
  private let limits = InputLimits.current
  /// The most instances a plan may expand into.
  private var maxInstances: Int { limits.instances }
  /// The most dependency edges between instances.
  private var maxDependencyEdges: Int { limits.dependencyEdges }

  /// The instances laid out so far.
  private var instanceCount = 0
  /// The dependency edges made so far.
  private var edgeCount = 0
  /// Set once a limit was hit: nothing more is laid out.
  private var stopped = false

  /// The instances of each obligation so far, for dependency matching, by
  /// the obligation's position in `table.obligations` (an array store per
  /// obligation instead of hashing its id).
  private var expansions: [Expansion?] = []

  init(
    table: DeclarationTable, groups: GroupResolver, effective: Day?,
    classes: [String: ObligationClass] = [:]
  ) {
    self.table = table
    self.groups = groups
    self.effective = effective
    self.classes = classes
  }

  /// Lays out the obligations at positions `order` of `table.obligations`
  /// (prerequisites first).
  ///
  /// - Complexity: O(obligations' bodies and periods + matched prerequisites).
  mutating func layOut(_ order: [Int]) -> InstanceLayout {
    let decls = table.obligations
    expansions = Array(repeating: nil, count: decls.count)
    var layout = InstanceLayout(
      filler: InstanceFiller(
        decls: decls, groups: groups, effective: effective, calendar: calendar),
      runs: Array(repeating: 0..<0, count: decls.count))
    layout.reserveCapacity(order.count)
    for position in order where !stopped {
      let start = instanceCount
      let index = layout.obligations.count
      var diagnostics = Diagnostics()
      if let obligation = layOut(decls[position], at: position, diagnostics: &diagnostics) {
        layout.append(obligation)
      }
      layout.report(diagnostics, of: index)
      layout.runs[position] = start..<instanceCount
    }
    layout.count = instanceCount
    return layout
  }

  /// Lays out one obligation's instances after those laid out so far, or
  /// reports the limit it would pass and stops.
  private mutating func layOut(
    _ decl: ObligationDecl, at declPosition: Int, diagnostics: inout Diagnostics
  ) -> ObligationLayout? {
    let id = decl.id.value
    let written = decl.responsible.map(\.value)
    let bodies = groups.expand(written)
    let isSingle = !decl.responsibleIsList && bodies == written
    let obligationClass = decl.obligationClass.flatMap { classes[$0.value] }
    let classDue =
      decl.every == nil
      ? obligationClass?.deadline(effective: effective, in: calendar) : nil
    // A duty of a standing class with a reporting period, and no timing of
    // its own, has one report instance per period.
    let standingReport =
      decl.every == nil && decl.due == nil ? obligationClass?.report : nil
    // (Most duties have no `per_body:`: no dictionary is mapped for them.)
    let overrides =
      decl.perBody.isEmpty
      ? [:]
      : groups.overrides(
        decl.perBody, of: id, written: written, bodies: bodies, diagnostics: &diagnostics
      ).mapValues { (index: $0, override: decl.perBody[$0]) }
    // Past the cap the periods are not even made: one more than the
    // capacity tells that there are too many.
    let capacity = (maxInstances - instanceCount) / max(1, bodies.count)
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
          ? Self.oneOff
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
    guard !count.overflow, instanceCount + count.partialValue <= maxInstances else {
      stop(
        .tooManyInstances(
          id, count: count.overflow ? .max : instanceCount + count.partialValue,
          limit: maxInstances, at: decl.id.range), diagnostics: &diagnostics)
      return nil
    }
    var prerequisites = decl.dependsOn.map(\.value)
    var after: String?
    if case .relative(_, let afterID?) = decl.due {
      after = afterID.value
      if !prerequisites.contains(afterID.value) { prerequisites.append(afterID.value) }
    }
    var expansion = Expansion(
      start: instanceCount, bodies: bodies, perBody: entryPeriods.count,
      bodyPositions: bodies.count > Expansion.linearSearchLimit
        ? Dictionary(bodies.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        : nil, level: 0)
    if !bodyPeriods.isEmpty {
      expansion.offsets = bodyPeriods.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
    }
    let prerequisiteExpansions = prerequisites.map { prerequisite in
      table.obligationPositions[prerequisite].flatMap { expansions[$0] }
    }
    for prerequisite in prerequisiteExpansions {
      if let prerequisite { expansion.level = max(expansion.level, prerequisite.level + 1) }
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
      guard edgeCount + edges <= maxDependencyEdges else {
        stop(
          .tooManyDependencyEdges(
            id, count: edgeCount + edges, limit: maxDependencyEdges, at: decl.id.range),
          diagnostics: &diagnostics)
        return nil
      }
    }
    edgeCount += edges
    let instances = instanceCount..<(instanceCount + count.partialValue)
    instanceCount = instances.upperBound
    expansions[declPosition] = expansion
    return ObligationLayout(
      position: declPosition, instances: instances, level: expansion.level, bodies: bodies,
      isSingle: isSingle, entryPeriods: entryPeriods, bodyPeriods: bodyPeriods,
      overrides: overrides, prerequisites: prerequisites,
      afterPosition: after.flatMap { prerequisites.firstIndex(of: $0) },
      matchedByBody: matchedByBody, sharedClass: obligationClass.map(SharedClass.init),
      classDue: classDue, isStandingReport: standingReport != nil,
      cooperating: groups.expand(decl.cooperating.map(\.value)))
  }

  /// Reports a limit that was hit and stops the expansion.
  private mutating func stop(_ diagnostic: Diagnostic, diagnostics: inout Diagnostics) {
    diagnostics.report(diagnostic)
    stopped = true
  }

  /// A one-off duty's periods: one `nil` period, one array for every such
  /// duty (made for each, an allocation a duty: 2.3 M instructions for the
  /// 10,000 duties of the 100k plan).
  private static let oneOff: [Occurrence?] = [nil]

  /// The periods of a recurring duty, or one `nil` period for a one-off duty.
  ///
  /// `start` is where a standing class's reports begin (`2018年起每季度`).
  private func occurrences(
    of decl: ObligationDecl, every: Located<Recurrence>?, everyDue: PeriodDay?,
    start: Day? = nil, limit: Int, diagnostics: inout Diagnostics
  ) -> [Occurrence?] {
    guard let every else { return Self.oneOff }
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
    // Wrapped one by one: the array converted as a whole would cast each
    // period at run time (0.5 M instructions for the bundled plan's 1,524).
    return RecurrencePhrase(recurrence: every.value, dueDay: everyDue)
      .occurrences(from: from, until: until, limit: limit).map(Optional.some)
  }
}
