import RuleParser

extension CalendarBuilder {
  /// The escalation events of an instance: one per step that would follow a
  /// miss of its deadline, on the step's day, when that day is in the window.
  mutating func escalations(of instance: Instance) -> [CalendarEvent] {
    guard let due = instance.due else { return [] }
    let key = [instance.obligation, instance.body, instance.obligationClass?.id ?? ""]
      .joined(separator: "\u{0}")
    let steps =
      forecasts[key]
      ?? forecast.steps(
        obligation: instance.obligation, body: instance.body,
        bodyKind: graph.body(instance.body)?.kind, obligationClass: instance.obligationClass)
    forecasts[key] = steps
    return steps.compactMap { step in
      let day = due.adding(days: step.daysAfterDue)
      guard day.isWritable, request.includes(day) else { return nil }
      return escalation(step, of: instance, due: due, on: day)
    }
  }

  private func escalation(
    _ step: EscalationStep, of instance: Instance, due: Day, on day: Day
  ) -> CalendarEvent {
    let policy = step.policy
    let title = graph.obligation(instance.obligation)?.title ?? instance.obligation
    let bodyName = displayName(instance.body)
    var details = [
      CalendarText.escalation(
        policy.action, by: displayName(policy.by), days: step.daysAfterDue, due: due),
      CalendarText.policy(policy.id, when: policy.when),
    ]
    if let source = policy.source { details.append(CalendarText.clause(source)) }
    details.append(CalendarText.instances([instance.id]))
    return CalendarEvent(
      uid: "\(instance.id)+\(policy.id)@\(graph.plan.id).rulec",
      occurrences: [CalendarEvent.Occurrence(date: day, instance: instance.id)],
      repetition: nil,
      title: title,
      summary: CalendarText.escalationSummary(policy.action, title: title, body: bodyName)
        .text(in: language),
      details: details.map { $0.text(in: language) },
      categories: [bodyName, CalendarText.actionName(policy.action).text(in: language)],
      body: instance.body, bodyName: bodyName, obligation: instance.obligation,
      clause: policy.source,
      escalation: CalendarEvent.Escalation(
        policy: policy.id, action: policy.action, by: policy.by,
        daysAfterDue: step.daysAfterDue),
      reminders: [])
  }
}
