import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Regenerating a calendar: same rules, same bytes; changed rules, same UIDs,
/// and a higher `SEQUENCE` for exactly the events that changed.
@Suite struct CalendarRevisionTests {
  static let stamp = CalendarStamp(parsing: "2017-07-01T09:00:00Z")

  @Test(arguments: [false, true])
  func theSameRulesGiveTheSameBytes(_ escalations: Bool) throws {
    let request = CalendarRequest(escalations: escalations, language: .zh)
    let first = DutyCalendar(graph: try CalendarFixture.graph(), request: request)
    let second = DutyCalendar(graph: try CalendarFixture.graph(), request: request)
    #expect(first.iCalendar() == second.iCalendar())
    #expect(first.markdown() == second.markdown())
    #expect(first.json() == second.json())
    #expect(
      first.iCalendar(previous: PreviousCalendar(iCalendar: first.iCalendar())) == first.iCalendar()
    )
  }

  @Test func aRuleChangeKeepsUIDsAndBumpsTheSequenceOfTheChangedEventsOnly() throws {
    let request = CalendarRequest(escalations: true)
    let before = DutyCalendar(graph: try CalendarFixture.graph(), request: request).iCalendar()
    let changedGraph = try CalendarFixture.changed(
      "duties.yaml", replacing: "due: 2017年底前", with: "due: 2018年3月底前")
    let changed = DutyCalendar(graph: changedGraph, request: request)
    let after = changed.iCalendar(previous: PreviousCalendar(iCalendar: before))
    let old = try PythonICalendar.parse(before)
    let new = try PythonICalendar.parse(after)
    #expect(old.events.count > 40)
    #expect(Set(new.events.map(\.uid)) == Set(old.events.map(\.uid)))
    let oldByUID = Dictionary(uniqueKeysWithValues: old.events.map { ($0.uid, $0) })
    var bumped: [String] = []
    for event in new.events {
      let previous = try #require(oldByUID[event.uid])
      if event.sequence == previous.sequence + 1 {
        bumped.append(event.uid)
        #expect(event.start != previous.start || event.description != previous.description)
      } else {
        #expect(event.sequence == previous.sequence, "\(event.uid)")
        #expect(event.start == previous.start && event.description == previous.description)
      }
    }
    #expect(bumped.contains("monitoring.network@calendar-demo.rulec"))
    #expect(!bumped.isEmpty && bumped.allSatisfy { $0.hasPrefix("monitoring.network") })
    #expect(
      new.events.first { $0.uid == "monitoring.network@calendar-demo.rulec" }?.start == "2018-03-31"
    )

    let again = changed.iCalendar(previous: PreviousCalendar(iCalendar: after))
    #expect(again == after)
  }

  @Test func aNewEventStartsAtZeroAndAForeignCalendarIsIgnored() throws {
    let calendar = DutyCalendar(graph: try CalendarFixture.graph())
    let foreign = PreviousCalendar(iCalendar: "not a calendar\nUID:x\n")
    #expect(calendar.iCalendar(previous: foreign) == calendar.iCalendar())
    #expect(!calendar.iCalendar().contains("SEQUENCE:1"))
  }

  @Test func previousSequencesAreReadFromFoldedEscapedLines() {
    let text = """
      BEGIN:VCALENDAR\r
      BEGIN:VEVENT\r
      UID:a\\,b@plan.ru\r
       lec\r
      SEQUENCE:4\r
      X-RULEC-CONTENT-HASH:00ff\r
      END:VEVENT\r
      END:VCALENDAR\r

      """
    let previous = PreviousCalendar(iCalendar: text)
    #expect(previous.sequence(uid: "a,b@plan.rulec", contentHash: "00ff") == 4)
    #expect(previous.sequence(uid: "a,b@plan.rulec", contentHash: "0100") == 5)
    #expect(previous.sequence(uid: "other", contentHash: "00ff") == 0)
  }

  @Test func theStampIsGivenOrDerivedFromTheRules() throws {
    let graph = try CalendarFixture.graph()
    let calendar = DutyCalendar(graph: graph)
    let given = try #require(Self.stamp)
    #expect(calendar.iCalendar(stamp: given).contains("DTSTAMP:20170701T090000Z\r\n"))
    let derived = CalendarStamp(rulesHash: calendar.rulesHash, day: graph.plan.effective)
    #expect(derived.day.description == "2017-07-01")
    #expect(calendar.iCalendar().contains("DTSTAMP:\(derived)\r\n"))
    let changed = DutyCalendar(
      graph: try CalendarFixture.changed(
        "duties.yaml", replacing: "due: 2017年底前", with: "due: 2018年3月底前"))
    #expect(changed.rulesHash != calendar.rulesHash)
  }
}
