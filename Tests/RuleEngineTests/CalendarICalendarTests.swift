import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Every calendar rulec writes, read back by a real iCalendar parser
/// (Python's `icalendar`, recurrences expanded by `dateutil`).
@Suite struct CalendarICalendarTests {
  /// The calendars checked: every body and language, groups, windows,
  /// reminders and escalations.
  static let requests: [CalendarRequest] = [
    CalendarRequest(),
    CalendarRequest(body: "lanzhou", escalations: true, language: .zh),
    CalendarRequest(body: "cities", reminders: [], escalations: true),
    CalendarRequest(
      body: "env-dept", from: Day(iso: "2017-11-01"), to: Day(iso: "2018-12-31"),
      reminders: [14, 7, 0].compactMap { TimeSpan($0, .day).flatMap(Reminder.init) },
      escalations: true, language: .zh),
  ]

  @Test(arguments: requests.indices)
  func aParserReadsEveryEventAsWritten(_ index: Int) throws {
    let calendar = DutyCalendar(graph: try CalendarFixture.graph(), request: Self.requests[index])
    let parsed = try PythonICalendar.parse(calendar.iCalendar())
    #expect(parsed.errors.isEmpty)
    #expect(parsed.lineProblems.isEmpty)
    #expect(parsed.version == "2.0")
    #expect(parsed.method == "PUBLISH")
    #expect(parsed.calscale == "GREGORIAN")
    #expect(parsed.prodid?.hasPrefix("-//rulec//") == true)
    #expect(parsed.name == calendar.name)
    #expect(parsed.events.map(\.uid) == calendar.events.map(\.uid))
    #expect(Set(parsed.events.map(\.uid)).count == parsed.events.count)
    for (event, written) in zip(parsed.events, calendar.events) {
      #expect(event.errors.isEmpty)
      #expect(event.startIsDate)
      #expect(event.start == written.start.description)
      #expect(event.end == written.start.adding(days: 1).description)
      #expect(event.dates == written.occurrences.map(\.date.description), "\(event.uid)")
      #expect(event.summary == written.summary)
      #expect(event.description == written.details.joined(separator: "\n"))
      #expect(event.categories == written.categories)
      #expect(event.transp == "TRANSPARENT")
      #expect(event.alarms.map(\.triggerDays) == written.reminders.map { -$0.days })
      #expect(event.alarms.allSatisfy { $0.action == "DISPLAY" && $0.triggerSeconds == 0 })
      #expect(event.alarms.allSatisfy { $0.description?.contains(written.summary) == true })
    }
  }

  @Test func everyDatedInstanceFallsOnItsDueDayExactlyOnce() throws {
    let graph = try CalendarFixture.graph()
    let calendar = DutyCalendar(graph: graph)
    let parsed = try PythonICalendar.parse(calendar.iCalendar())
    var seen: [String: String] = [:]
    for (event, written) in zip(parsed.events, calendar.events) {
      let ids = written.occurrences.map(\.instance)
      #expect(event.dates.count == ids.count)
      for (date, id) in zip(event.dates, ids) {
        #expect(seen.updateValue(date, forKey: id) == nil, "\(id) twice")
      }
    }
    let dated = graph.instances.filter { $0.due != nil }
    #expect(
      seen == Dictionary(uniqueKeysWithValues: dated.map { ($0.id, $0.due?.description ?? "") }))
    #expect(graph.instances.filter { $0.due == nil }.allSatisfy { seen[$0.id] == nil })
  }

  @Test(arguments: [
    ("party.quarterly-review@lanzhou", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20180630"),
    ("report.monthly", "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20180331"),
    ("report.half-year", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;UNTIL=20181231"),
    ("report.annual", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1;UNTIL=20191231"),
  ])
  func aRecurringDutyIsOneEventThatRepeats(_ series: String, _ rule: String) throws {
    let graph = try CalendarFixture.graph()
    let parsed = try PythonICalendar.parse(DutyCalendar(graph: graph).iCalendar())
    let events = parsed.events.filter { $0.uid.hasPrefix("\(series)@") }
    let event = try #require(events.first)
    #expect(events.count == 1)
    #expect(event.uid == "\(series)@calendar-demo.rulec")
    #expect(Set((event.rrule ?? "").split(separator: ";")) == Set(rule.split(separator: ";")))
    let dues = graph.instances.filter { $0.id.hasPrefix("\(series)#") }
      .compactMap(\.due).sorted().map(\.description)
    #expect(dues.count > 1)
    #expect(event.dates == dues)
    #expect(event.start == dues.first)
  }

  @Test func escalationEventsHaveTheirOwnUIDsAndNoAlarms() throws {
    let request = CalendarRequest(body: "lanzhou", escalations: true, language: .zh)
    let calendar = DutyCalendar(graph: try CalendarFixture.graph(), request: request)
    let parsed = try PythonICalendar.parse(calendar.iCalendar())
    let interview = try #require(
      parsed.events.first {
        $0.uid == "water.sand-plan@lanzhou+interview-overdue@calendar-demo.rulec"
      })
    #expect(interview.start == "2017-08-30")
    #expect(interview.summary == "约谈：完成所辖区域内河道采砂规划编制（兰州市）")
    #expect(interview.categories == ["兰州市", "约谈"])
    #expect(interview.alarms.isEmpty)
    #expect(interview.description?.contains("interview-overdue") == true)
  }
}
