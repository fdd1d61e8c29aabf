import RuleParser

extension DutyCalendar {
  /// The calendar as JSON (schema `rulec-calendar/1`, in docs/calendar.md):
  /// keys sorted, pretty-printed, the same bytes for the same rules.
  public func json() -> String {
    var selection: [String: Any] = [
      "reminders": request.reminders.map(\.days), "escalations": request.escalations,
      "language": request.language.rawValue,
    ]
    selection["body"] = request.body
    selection["from"] = request.from?.description
    selection["to"] = request.to?.description
    let root: [String: Any] = [
      "format": "rulec-calendar/1",
      "name": name,
      "plan": ["id": planID, "title": planTitle],
      "request": selection,
      "undated": undated,
      "events": events.map(Self.eventJSON),
    ]
    return JSONText.render(root)
  }

  private static func eventJSON(_ event: CalendarEvent) -> [String: Any] {
    var json: [String: Any] = [
      "uid": event.uid, "kind": event.kind.rawValue, "title": event.title,
      "summary": event.summary,
      "description": event.details, "categories": event.categories, "body": event.body,
      "body_name": event.bodyName, "obligation": event.obligation,
      "start": event.start.description,
      "occurrences": event.occurrences.map {
        ["date": $0.date.description, "instance": $0.instance]
      },
      "reminders": event.reminders.map(\.days),
    ]
    if let repetition = event.repetition {
      json["repeat"] = [
        "every": repetition.recurrence.rawValue, "until": repetition.until.description,
        "rrule": repetition.rule,
      ]
    }
    if let escalation = event.escalation {
      json["escalation"] = [
        "policy": escalation.policy, "action": escalation.action.rawValue, "by": escalation.by,
        "days_after_due": escalation.daysAfterDue,
      ]
    }
    if let clause = event.clause {
      json["clause"] = ["section": clause.section, "quote": clause.quote]
    }
    return json
  }
}
