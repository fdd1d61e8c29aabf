import RuleParser

extension DutyCalendar {
  /// The calendar as JSON (schema `rulec-calendar/1`, in docs/calendar.md):
  /// keys sorted, pretty-printed, the same bytes for the same rules.
  public func json() -> String {
    var selection: [String: JSONValue] = [
      "reminders": .init(request.reminders.map(\.days)), "escalations": .init(request.escalations),
      "language": .init(request.language.rawValue),
    ]
    selection["body"] = JSONValue(request.body)
    selection["from"] = JSONValue(request.from?.description)
    selection["to"] = JSONValue(request.to?.description)
    let root: JSONValue = [
      "format": "rulec-calendar/1",
      "name": .init(name),
      "plan": ["id": .init(planID), "title": .init(planTitle)],
      "request": .init(selection),
      "undated": .init(undated),
      "events": .init(events.map(Self.eventJSON)),
    ]
    return JSONText.render(root)
  }

  private static func eventJSON(_ event: CalendarEvent) -> [String: JSONValue] {
    var json: [String: JSONValue] = [
      "uid": .init(event.uid), "kind": .init(event.kind.rawValue), "title": .init(event.title),
      "summary": .init(event.summary), "description": .init(event.details),
      "categories": .init(event.categories), "body": .init(event.body),
      "body_name": .init(event.bodyName), "obligation": .init(event.obligation),
      "start": .init(event.start.description),
      "occurrences": .init(
        event.occurrences.map { ["date": $0.date.description, "instance": $0.instance] }),
      "reminders": .init(event.reminders.map(\.days)),
    ]
    if let repetition = event.repetition {
      json["repeat"] = [
        "every": .init(repetition.recurrence.rawValue),
        "until": .init(repetition.until.description), "rrule": .init(repetition.rule),
      ]
    }
    if let escalation = event.escalation {
      json["escalation"] = [
        "policy": .init(escalation.policy), "action": .init(escalation.action.rawValue),
        "by": .init(escalation.by), "days_after_due": .init(escalation.daysAfterDue),
      ]
    }
    if let clause = event.clause {
      json["clause"] = ["section": .init(clause.section), "quote": .init(clause.quote)]
    }
    return json
  }
}
