import RuleParser

/// Turns the chosen instances of a graph into calendar events.
struct CalendarBuilder {
  let graph: ObligationGraph
  let request: CalendarRequest
  let forecast: EscalationForecast
  /// The steps already forecast, by obligation, body and class.
  var forecasts: [String: [EscalationStep]] = [:]

  init(graph: ObligationGraph, request: CalendarRequest) {
    self.graph = graph
    self.request = request
    forecast = EscalationForecast(policies: graph.policies)
  }

  var language: Language { request.language }

  /// The instances of the requested body (or of every body), in id order:
  /// those it is responsible for and those it cooperates on (配合).
  func chosenInstances() -> [Instance] {
    guard request.body != nil else { return graph.instances }
    return graph.instances.filter { isResponsible($0) || isCooperating($0) }
  }

  /// The requested bodies (a group's members), or `nil` for every body.
  private var requestedBodies: Set<String>? {
    request.body.map { Set(graph.expand(body: $0)) }
  }

  /// Whether the requested body is responsible for `instance` (always, when
  /// every body is requested).
  func isResponsible(_ instance: Instance) -> Bool {
    requestedBodies?.contains(instance.body) ?? true
  }

  /// Whether the requested body cooperates on `instance` without being
  /// responsible for it.
  func isCooperating(_ instance: Instance) -> Bool {
    guard let bodies = requestedBodies, !bodies.contains(instance.body) else { return false }
    return instance.cooperating.contains(where: bodies.contains)
  }

  /// The events of instances that have a due date.
  mutating func events(for dated: [Instance]) -> [CalendarEvent] {
    var events: [CalendarEvent] = []
    var series: [String: [Instance]] = [:]
    var seriesOrder: [String] = []
    for instance in dated {
      if let id = seriesID(of: instance) {
        if series[id] == nil { seriesOrder.append(id) }
        series[id, default: []].append(instance)
      } else if let due = instance.due, request.includes(due) {
        events.append(deadline([instance], uid: instance.id, repetition: nil))
      }
    }
    for id in seriesOrder {
      events += seriesEvents(id, series[id] ?? [])
    }
    if request.escalations {
      for instance in dated where isResponsible(instance) { events += escalations(of: instance) }
    }
    return events
  }

  /// The id shared by the occurrences of a recurring duty for one body: the
  /// instance id without its `#occurrence`; `nil` for a one-off duty.
  private func seriesID(of instance: Instance) -> String? {
    guard let occurrence = instance.occurrence,
      graph.obligation(instance.obligation)?.every != nil,
      instance.id.hasSuffix("#\(occurrence)")
    else { return nil }
    return String(instance.id.dropLast(occurrence.count + 1))
  }

  /// A recurring duty's occurrences in the window, as one repeating event
  /// per run of consecutive periods.
  ///
  /// There is normally one run; a later run's UID adds its first occurrence.
  private func seriesEvents(_ id: String, _ instances: [Instance]) -> [CalendarEvent] {
    guard let first = instances.first,
      let recurrence = graph.obligation(first.obligation)?.every
    else { return [] }
    let shown = instances.filter { $0.due.map(request.includes) ?? false }
      .sorted { ($0.due?.ordinal ?? 0, $0.id) < ($1.due?.ordinal ?? 0, $1.id) }
    var runs: [[Instance]] = []
    for instance in shown {
      if let previous = runs.last?.last?.due, let due = instance.due,
        Repetition(recurrence: recurrence, until: due).follows(previous, with: due)
      {
        runs[runs.count - 1].append(instance)
      } else {
        runs.append([instance])
      }
    }
    return runs.enumerated().map { index, run in
      let uid = index == 0 ? id : run[0].id
      guard run.count > 1, let last = run.last?.due else {
        return deadline(run, uid: uid, repetition: nil)
      }
      return deadline(run, uid: uid, repetition: Repetition(recurrence: recurrence, until: last))
    }
  }

  /// The deadline event of one instance, or of a run of a recurring duty.
  private func deadline(
    _ run: [Instance], uid: String, repetition: Repetition?
  ) -> CalendarEvent {
    let instance = run[0]
    let obligation = graph.obligation(instance.obligation)
    let title = obligation?.title ?? instance.obligation
    let bodyName = displayName(instance.body)
    var details = [
      CalendarText.body(graph.body(instance.body)?.name ?? bodyName, id: instance.body)
    ]
    details.append(deadlineText(instance, obligation: obligation, run: run, repetition: repetition))
    if let source = obligation?.source { details.append(CalendarText.clause(source)) }
    details.append(CalendarText.instances(run.map(\.id)))
    var categories = [bodyName]
    let cooperates = isCooperating(instance)
    if cooperates { categories.append(CalendarText.cooperatingCategory.text(in: language)) }
    if let obligationClass = instance.obligationClass {
      details.append(CalendarText.obligationClass(obligationClass))
      categories.append(CalendarText.className(obligationClass).text(in: language))
    }
    let dependencies = Array(Set(run.flatMap(\.dependencies))).sorted()
    if !dependencies.isEmpty { details.append(CalendarText.dependencies(dependencies)) }
    if !instance.cooperating.isEmpty {
      details.append(CalendarText.cooperating(instance.cooperating.map(displayName)))
    }
    return CalendarEvent(
      uid: "\(uid)@\(graph.plan.id).rulec",
      occurrences: run.compactMap { item in
        item.due.map { CalendarEvent.Occurrence(date: $0, instance: item.id) }
      },
      repetition: repetition,
      title: cooperates ? CalendarText.cooperatingTitle(title).text(in: language) : title,
      summary: (cooperates
        ? CalendarText.cooperatingSummary(title, body: bodyName)
        : CalendarText.summary(title, body: bodyName)).text(in: language),
      details: details.map { $0.text(in: language) }, categories: categories,
      body: instance.body, bodyName: bodyName, obligation: instance.obligation,
      clause: obligation?.source, escalation: nil,
      reminders: request.reminders)
  }

  private func deadlineText(
    _ instance: Instance, obligation: Obligation?, run: [Instance], repetition: Repetition?
  ) -> LocalizedText {
    let due = instance.due ?? Day(ordinal: 0)
    if let repetition, let last = run.last?.due {
      return CalendarText.series(repetition.recurrence, count: run.count, first: due, last: last)
    }
    if let relative = instance.relativeDue {
      return CalendarText.plannedDeadline(due, within: relative.within, after: relative.after)
    }
    if case .fixed(_, let phrase)? = obligation?.due {
      return CalendarText.fixedDeadline(due, phrase: phrase)
    }
    return CalendarText.deadline(due)
  }

  /// A body's short name (or name), or its id when it is not in the graph.
  func displayName(_ body: String) -> String {
    graph.body(body)?.displayName ?? body
  }
}
