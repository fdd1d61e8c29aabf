import Foundation
import RuleEngine
import RuleParser
import Testing

/// What `Tests/Fixtures/Calendar/parse_ics.py` reports about a calendar.
package struct ParsedCalendar: Decodable {
  package var version: String?
  package var prodid: String?
  package var calscale: String?
  package var method: String?
  package var name: String?
  package var errors: [String]
  package var lineProblems: [String]
  package var events: [ParsedEvent]
}

/// One `VEVENT` as the parser read it.
package struct ParsedEvent: Decodable {
  package var uid: String
  package var sequence: Int
  package var dtstamp: String
  package var start: String
  package var startIsDate: Bool
  package var end: String?
  package var rrule: String?
  package var dates: [String]
  package var summary: String?
  package var description: String?
  package var categories: [String]
  package var transp: String?
  package var alarms: [ParsedAlarm]
  package var errors: [String]
}

/// One `VALARM` as the parser read it.
package struct ParsedAlarm: Decodable {
  package var action: String?
  package var triggerDays: Int
  package var triggerSeconds: Int
  package var description: String?
}

/// Runs Python's `icalendar` on a calendar (`pip install icalendar`).
package enum PythonICalendar {
  /// Parses a calendar's text with `Tests/Fixtures/Calendar/parse_ics.py`.
  package static func parse(_ text: String) throws -> ParsedCalendar {
    let script = CalendarFixture.folder.appendingPathComponent("parse_ics.py")
    let json = try Fixtures.withTemporaryFile(text, extension: ".ics") {
      try Python.output(file: script, [$0])
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(ParsedCalendar.self, from: Data(json.utf8))
  }
}
