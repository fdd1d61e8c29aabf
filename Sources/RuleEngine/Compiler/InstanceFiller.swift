import RuleParser

/// Makes one laid-out obligation's instances: their deadlines, with the
/// warnings about prerequisites due later and the errors of deadlines that
/// cannot be planned; and their names (ids, dependencies, the prerequisite
/// a relative deadline counts from) as they are made, or in a step of its
/// own, later.
///
/// Naming is more than half of making an instance (~720 instructions of
/// ~1,340 at 100k: a string allocated for each id, the dependencies'
/// lists), and only a reader of the graph needs it: `rulec lint` never
/// names the instances.
///
/// Reads only the declarations and the slots of the obligation's
/// prerequisites: the obligations of one level can be filled (and named)
/// on two cores.
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

  /// Applies `body`'s `per_body:` override, if it has one, to the duty's
  /// timing, `deadline` and `afterPosition` (changed in place: a body
  /// without one copies nothing); returns whether the override times the
  /// body itself, and its cooperating bodies as written.
  private static func override(
    of body: String, in overrides: [String: (index: Int, override: BodyOverrideDecl)],
    deadline: inout Deadline?, afterPosition: inout Int?
  ) -> (ownsTiming: Bool, cooperating: [Located<String>]?) {
    // (An empty dictionary would still hash every body.)
    guard !overrides.isEmpty, let override = overrides[body]?.override else { return (false, nil) }
    let ownsTiming = override.due != nil || override.every != nil
    if ownsTiming {
      deadline = Deadline(override.due)
      afterPosition = nil
    }
    return (ownsTiming, override.cooperating)
  }

  /// Writes the instances of `layout` into their slots, named if `naming`
  /// (else see `name(_:in:)`); its prerequisites' instances are already
  /// written (and named if `naming`).
  func fill(
    _ layout: ObligationLayout, into slots: InstanceSlots, naming: Bool,
    diagnostics: inout Diagnostics
  ) {
    let decl = decls[layout.position]
    let id = decl.id.value
    let prerequisites = layout.prerequisites
    let bodyPeriods = layout.bodyPeriods
    let entryPeriods = layout.entryPeriods
    var warned: Set<String> = []
    var reportedLateYear = false
    let ownDeadline = Deadline(decl.due)
    let overrides = layout.overrides
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
      var deadline = ownDeadline
      var afterPosition = layout.afterPosition
      let (ownsTiming, written) = Self.override(
        of: body, in: overrides, deadline: &deadline, afterPosition: &afterPosition)
      // (Only a body's own list is a new array: the duty's is handed to
      // each instance as it is.)
      let ownCooperating = written.map { groups.expand($0.map(\.value)) }
      let names =
        naming
        ? BodyInstanceNames(
          of: body, obligation: id, in: layout, matched: matched[...], deadline: deadline,
          afterPosition: afterPosition, ownsTiming: ownsTiming, slots: slots)
        : BodyInstanceNames(
          unnamedWith: BodyInstanceNames.relativeDue(
            deadline, afterPosition: afterPosition, matched: matched[...], slots: slots))
      // By index: binding the body's list of periods retained and released
      // it for every body.
      let periodCount = bodyPeriods.isEmpty ? entryPeriods.count : bodyPeriods[position].count
      for periodIndex in 0..<periodCount {
        let period =
          bodyPeriods.isEmpty ? entryPeriods[periodIndex] : bodyPeriods[position][periodIndex]
        // (`period == nil` would compare two `Occurrence?` values.)
        let isOneOff: Bool
        if case .none = period { isOneOff = true } else { isOneOff = false }
        var due = period?.due
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
            if let start = Self.latest(matched[afterPosition], in: slots) {
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
        slots.initialize(
          next,
          to: Instance(
            id: names.id(of: period), obligation: id, body: body, occurrence: period?.suffix,
            dependencies: names.dependencies(of: period, matched: matched[...], in: slots),
            cooperating: ownCooperating ?? layout.cooperating, sharedClass: layout.sharedClass,
            relativeDueBox: names.relativeDue, periodStartDay: period?.start ?? InstanceDays.none,
            dueDay: due ?? InstanceDays.none, hasPeriodStart: period?.start != nil,
            hasDue: due != nil, dueSource: dueSource))
        next += 1
      }
    }
    assert(next == layout.instances.upperBound, "an obligation fills the slots laid out for it")
  }

  /// Names the instances of `layout`, filled unnamed.
  ///
  /// Gives them their ids, their dependencies and the prerequisite instance
  /// a relative deadline counts from; its prerequisites' instances are
  /// already named.
  func name(_ layout: ObligationLayout, in slots: InstanceSlots) {
    let id = decls[layout.position].id.value
    let prerequisiteCount = layout.prerequisites.count
    let bodyPeriods = layout.bodyPeriods
    let entryPeriods = layout.entryPeriods
    let ownDeadline = Deadline(decls[layout.position].due)
    let overrides = layout.overrides
    var next = layout.instances.lowerBound
    for (position, body) in layout.bodies.enumerated() {
      let matched = layout.matchedByBody[
        (position * prerequisiteCount)..<((position + 1) * prerequisiteCount)]
      var deadline = ownDeadline
      var afterPosition = layout.afterPosition
      let ownsTiming = Self.override(
        of: body, in: overrides, deadline: &deadline, afterPosition: &afterPosition
      ).ownsTiming
      let names = BodyInstanceNames(
        of: body, obligation: id, in: layout, matched: matched, deadline: deadline,
        afterPosition: afterPosition, ownsTiming: ownsTiming, slots: slots)
      let periodCount = bodyPeriods.isEmpty ? entryPeriods.count : bodyPeriods[position].count
      for periodIndex in 0..<periodCount {
        let period =
          bodyPeriods.isEmpty ? entryPeriods[periodIndex] : bodyPeriods[position][periodIndex]
        slots.name(
          next, id: names.id(of: period),
          dependencies: names.dependencies(of: period, matched: matched, in: slots),
          relativeDue: names.relativeDue)
        next += 1
      }
    }
  }

  /// What one body's instances' names are made of, made once a body.
  private struct BodyInstanceNames {
    /// `obligation`, or `obligation@body` for one of several bodies.
    let id: String
    /// The ids of the body's matched prerequisite instances, sorted.
    let dependencies: [String]
    /// Whether each period's report depends only on its prerequisites'
    /// instances of that period (a standing report, timed by its class).
    let byPeriod: Bool
    /// The relative deadline, naming the prerequisite instance it counts
    /// from (the same for each of the body's instances).
    let relativeDue: RelativeDueBox?
    /// Whether these are names (else the instances are made unnamed).
    let named: Bool

    /// The names of `body`'s instances of `obligation`, as laid out in
    /// `layout` with the prerequisite instances `matched` (named already).
    ///
    /// The body's timing is its `deadline`, `afterPosition` (see
    /// `ObligationLayout.afterPosition`) and whether it `ownsTiming`.
    ///
    /// (The layout and the deadline are borrowed: an initializer's
    /// parameters are otherwise its own, and handing them over retained
    /// and released each of their fields for every body.)
    init(
      of body: String, obligation: String, in layout: borrowing ObligationLayout,
      matched: ArraySlice<Range<Int>>, deadline: borrowing Deadline?, afterPosition: Int?,
      ownsTiming: Bool, slots: InstanceSlots
    ) {
      id = layout.isSingle ? obligation : InstanceID.of(obligation, body: body)
      dependencies = InstanceFiller.dependencyIDs(matched, in: slots)
      byPeriod = layout.isStandingReport && !ownsTiming && !dependencies.isEmpty
      relativeDue = Self.relativeDue(
        deadline, afterPosition: afterPosition, matched: matched, slots: slots)
      named = true
    }

    /// Names made of nothing, for instances made unnamed: an id and
    /// dependencies that allocate nothing, and the body's `relativeDue`.
    ///
    /// Unnamed instances keep whether they have a relative deadline (its
    /// start instance's id is empty until they are named): `lint`'s reach
    /// of the policies asks only that (`PolicyReach`), and without it a
    /// duty due a while after an undated prerequisite looked undated to
    /// `lint` alone (a W011 that `compile` and `check` did not give).
    init(unnamedWith relativeDue: RelativeDueBox?) {
      id = ""
      dependencies = []
      byPeriod = false
      self.relativeDue = relativeDue
      named = false
    }

    /// The relative deadline of a body's instances, naming the
    /// prerequisite instance it counts from (as `slots` names it: empty
    /// while unnamed); `nil` for any other deadline.
    static func relativeDue(
      _ deadline: borrowing Deadline?, afterPosition: Int?, matched: ArraySlice<Range<Int>>,
      slots: InstanceSlots
    ) -> RelativeDueBox? {
      guard case .relative(let within)? = copy deadline, let afterPosition,
        let start = InstanceFiller.latest(matched[matched.startIndex + afterPosition], in: slots)
      else { return nil }
      return RelativeDueBox(.init(within: within.value, after: slots[start].id))
    }

    /// The id of the instance of `period` (`nil` for a one-off duty).
    func id(of period: Occurrence?) -> String {
      guard named, let period else { return id }
      return InstanceID.of(id, period: period.suffix)
    }

    /// The dependencies of the instance of `period`, of the body's
    /// `matched` prerequisite instances (sliced only for a standing report:
    /// slicing for every instance retained the array each time).
    func dependencies(
      of period: Occurrence?, matched: @autoclosure () -> ArraySlice<Range<Int>>,
      in slots: InstanceSlots
    ) -> [String] {
      guard byPeriod, let period else { return dependencies }
      return InstanceFiller.reportDependencies(matched(), period: period, in: slots)
    }
  }

  /// Of the instances at `positions`, the one due last (the first of
  /// those), which a relative deadline counts from; `nil` when there are
  /// none.
  fileprivate static func latest(_ positions: Range<Int>, in slots: InstanceSlots) -> Int? {
    positions.max { lhs, rhs in
      (slots[lhs].due?.ordinal ?? .min) < (slots[rhs].due?.ordinal ?? .min)
    }
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
  fileprivate static func reportDependencies(
    _ matched: ArraySlice<Range<Int>>, period: Occurrence, in slots: InstanceSlots
  ) -> [String] {
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
  fileprivate static func dependencyIDs(
    _ matched: ArraySlice<Range<Int>>, in slots: InstanceSlots
  ) -> [String] {
    if matched.isEmpty { return [] }
    if matched.count == 1, let only = matched.first, only.count == 1 {
      return [slots[only.lowerBound].id]
    }
    var ids: [String] = []
    ids.reserveCapacity(matched.reduce(0) { $0 + $1.count })
    for range in matched {
      for position in range { ids.append(slots[position].id) }
    }
    ids.sort()
    return ids
  }
}
