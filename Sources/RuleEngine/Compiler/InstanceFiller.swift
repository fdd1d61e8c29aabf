import RuleParser

/// Makes one laid-out obligation's instances: their ids, dependencies and
/// deadlines, with the warnings about prerequisites due later and the errors
/// of deadlines that cannot be planned.
///
/// Reads only the declarations and the slots of the obligation's
/// prerequisites: the obligations of one level can be filled on two cores.
struct InstanceFiller {
  /// The obligations, as `table.obligations`.
  let decls: [ObligationDecl]
  let groups: GroupResolver
  let effective: Day?
  /// The plan's working calendar, for spans in working days.
  let calendar: WorkingCalendar

  /// A deadline rule as making an instance reads it: without its phrase or
  /// the prerequisite's id, so that reading it copies nothing
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

  /// Writes the instances of `layout` into their slots; its prerequisites'
  /// instances are already written.
  func fill(_ layout: ObligationLayout, into slots: InstanceSlots, diagnostics: inout Diagnostics) {
    let decl = decls[layout.position]
    let id = decl.id.value
    let prerequisites = layout.prerequisites
    let bodyPeriods = layout.bodyPeriods
    let entryPeriods = layout.entryPeriods
    let overrides = layout.overrides
    var warned: Set<String> = []
    var reportedLateYear = false
    let ownDeadline = Deadline(decl.due)
    var next = layout.instances.lowerBound
    // The body's matched prerequisite instances, in one array reused from
    // body to body.
    var matched: [Range<Int>] = []
    matched.reserveCapacity(prerequisites.count)
    for (position, body) in layout.bodies.enumerated() {
      // (Element by element: appending the slice cost more than finding
      // the ranges again.)
      if !prerequisites.isEmpty {
        matched.removeAll(keepingCapacity: true)
        for index in (position * prerequisites.count)..<((position + 1) * prerequisites.count) {
          matched.append(layout.matchedByBody[index])
        }
      }
      let dependencies = Self.dependencyIDs(matched, in: slots)
      let bodyID = layout.isSingle ? id : InstanceID.of(id, body: body)
      var ownsTiming = false
      var deadline = ownDeadline
      var afterPosition = layout.afterPosition
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
              (slots[$0].due ?? .init(ordinal: .min)) > day.value
            }),
              let lateDue = slots[late].due
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
              (slots[lhs].due?.ordinal ?? .min) < (slots[rhs].due?.ordinal ?? .min)
            }
            if let start {
              relativeDue = Instance.RelativeDue(within: within.value, after: slots[start].id)
              due = slots[start].due.flatMap {
                planned(within, from: $0, diagnostics: &diagnostics)
              }
            }
          } else if let effective {
            due = planned(within, from: effective, diagnostics: &diagnostics)
          }
        case nil:
          if isOneOff, let classDue = layout.classDue, let classRange = decl.obligationClass?.range
          {
            due = classDue
            warnLatePrerequisites(
              id, due: classDue, prerequisites: prerequisites, matched: matched, in: slots,
              warned: &warned, at: classRange, diagnostics: &diagnostics)
          }
        }
        let fromClass =
          deadline == nil && (isOneOff || (layout.isStandingReport && !ownsTiming))
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
          layout.isStandingReport && !ownsTiming && !isOneOff && !dependencies.isEmpty
          ? Self.reportDependencies(matched, period: period, in: slots) : dependencies
        slots.initialize(
          next,
          to: Instance(
            id: instanceID, obligation: id, body: body, occurrence: period?.suffix,
            dependencies: periodDependencies, cooperating: ownCooperating ?? layout.cooperating,
            sharedClass: layout.sharedClass, relativeDueBox: relativeDue.map(RelativeDueBox.init),
            periodStartDay: period?.start ?? InstanceDays.none, dueDay: due ?? InstanceDays.none,
            hasPeriodStart: period?.start != nil, hasDue: due != nil, dueSource: dueSource))
        next += 1
      }
    }
    assert(next == layout.instances.upperBound, "an obligation fills the slots laid out for it")
  }

  /// Reports W014 once per prerequisite with an instance due after `due`, a
  /// deadline the duty takes from its class.
  private func warnLatePrerequisites(
    _ id: String, due: Day, prerequisites: [String], matched: [Range<Int>],
    in slots: InstanceSlots, warned: inout Set<String>, at range: SourceRange,
    diagnostics: inout Diagnostics
  ) {
    for (prerequisite, candidates) in zip(prerequisites, matched)
    where !warned.contains(prerequisite) {
      guard
        let lateDue = candidates.lazy.compactMap({ slots[$0].due }).first(where: { $0 > due })
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

  /// The prerequisites of one period's report of a standing duty, sorted:
  /// of each prerequisite, its report of the same period when it has one,
  /// else its instances due by the period's end (and its undated ones).
  private static func reportDependencies(
    _ matched: [Range<Int>], period: Occurrence?, in slots: InstanceSlots
  ) -> [String] {
    guard let period else { return dependencyIDs(matched, in: slots) }
    var ids: [String] = []
    for range in matched {
      let same = range.filter { slots[$0].occurrence == period.suffix }
      let kept =
        same.isEmpty
        ? range.filter { position in slots[position].due.map { $0 <= period.due } ?? true }
        : same
      ids.append(contentsOf: kept.map { slots[$0].id })
    }
    ids.sort()
    return ids
  }

  /// The ids of the matched prerequisite instances, sorted.
  private static func dependencyIDs(_ matched: [Range<Int>], in slots: InstanceSlots) -> [String] {
    if matched.isEmpty { return [] }
    if matched.count == 1, matched[0].count == 1 { return [slots[matched[0].lowerBound].id] }
    var ids: [String] = []
    ids.reserveCapacity(matched.reduce(0) { $0 + $1.count })
    for range in matched {
      for position in range { ids.append(slots[position].id) }
    }
    ids.sort()
    return ids
  }
}
