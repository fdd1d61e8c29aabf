import RuleParser

/// Writes a duty calendar as iCalendar (RFC 5545): CRLF line ends, lines
/// folded at 75 octets, TEXT values escaped.
struct ICalendarWriter {
  /// The property that carries an event's content hash, read back by
  /// `PreviousCalendar`.
  static let contentHashProperty = "X-RULEC-CONTENT-HASH"

  let calendar: DutyCalendar
  let stamp: CalendarStamp
  let previous: PreviousCalendar

  private var language: Language { calendar.request.language }

  /// The whole calendar.
  func text() -> String {
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//rulec//Obligation calendar//\(language.rawValue.uppercased())",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:\(ContentLine.escaped(calendar.name))",
    ]
    for event in calendar.events { lines += eventLines(event) }
    lines.append("END:VCALENDAR")
    return lines.map(ContentLine.folded).joined()
  }

  /// One `VEVENT`, with `SEQUENCE` from the previous calendar and the
  /// content hash of everything else but `DTSTAMP`.
  private func eventLines(_ event: CalendarEvent) -> [String] {
    let content = contentLines(event)
    let alarms = event.reminders.flatMap { alarmLines($0, event: event) }
    let hash = ContentHash.hex(ContentHash.of((content + alarms).joined(separator: "\n")))
    let sequence = previous.sequence(uid: event.uid, contentHash: hash)
    return ["BEGIN:VEVENT", content[0], "DTSTAMP:\(stamp)", "SEQUENCE:\(sequence)"]
      + content.dropFirst() + ["\(Self.contentHashProperty):\(hash)"] + alarms
      + ["END:VEVENT"]
  }

  /// The lines that make up an event's content; the first is its `UID`.
  private func contentLines(_ event: CalendarEvent) -> [String] {
    let end = event.start.adding(days: 1)
    var lines = [
      "UID:\(ContentLine.escaped(event.uid))",
      "DTSTART;VALUE=DATE:\(event.start.compactISO)",
      end.isWritable ? "DTEND;VALUE=DATE:\(end.compactISO)" : "DURATION:P1D",
    ]
    if let repetition = event.repetition { lines.append("RRULE:\(repetition.rule)") }
    lines += [
      "SUMMARY:\(ContentLine.escaped(event.summary))",
      "DESCRIPTION:\(ContentLine.escaped(event.details.joined(separator: "\n")))",
      "CATEGORIES:\(ContentLine.list(event.categories))",
      "TRANSP:TRANSPARENT",
    ]
    return lines
  }

  private func alarmLines(_ reminder: Reminder, event: CalendarEvent) -> [String] {
    let text = CalendarText.reminder(reminder, summary: event.summary).text(in: language)
    return [
      "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:\(reminder.trigger)",
      "DESCRIPTION:\(ContentLine.escaped(text))", "END:VALARM",
    ]
  }
}

extension DutyCalendar {
  /// The calendar as iCalendar text (RFC 5545).
  ///
  /// - Parameters:
  ///   - stamp: every event's `DTSTAMP`; by default derived from the rules'
  ///     hash, on the plan's effective day.
  ///   - previous: the calendar this one replaces: an event keeps its
  ///     `SEQUENCE` when its content is unchanged and gets the next one when
  ///     it changed; new events start at 0.
  /// - Returns: the text, with CRLF line ends.
  package func iCalendar(
    stamp: CalendarStamp? = nil, previous: PreviousCalendar = PreviousCalendar()
  ) -> String {
    ICalendarWriter(
      calendar: self, stamp: stamp ?? CalendarStamp(rulesHash: rulesHash, day: effective),
      previous: previous
    ).text()
  }
}
