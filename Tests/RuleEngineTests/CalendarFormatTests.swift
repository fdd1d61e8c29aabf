import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// The Markdown and JSON forms of a calendar.
@Suite struct CalendarFormatTests {
  @Test func markdownListsEveryDayByMonthThenBody() throws {
    let request = CalendarRequest(body: "cities", to: Day(iso: "2017-12-31"), escalations: true)
    let calendar = DutyCalendar(graph: try CalendarFixture.graph(), request: request)
    let text = calendar.markdown()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "# 示例整改方案 — 各市州")
    let months = lines.filter { $0.hasPrefix("## ") }
    #expect(months == months.sorted())
    #expect(months.first == "## 2017-07")
    #expect(months.last == "## 2017-12")
    let rows = lines.filter { $0.hasPrefix("| 20") }
    #expect(rows.count == calendar.events.reduce(0) { $0 + $1.occurrences.count })
    #expect(text.contains("### 兰州市 (lanzhou)\n"))
    #expect(text.contains("### 天水市 (tianshui)\n"))
    #expect(
      text.contains(
        "| 2017-08-30 | Interview: 完成所辖区域内河道采砂规划编制 (`interview-overdue`)"
          + " | `water.sand-plan@tianshui` | 三 |"))
    #expect(text.contains("2 duties have no due date"))
    var month = ""
    for line in lines {
      if line.hasPrefix("## ") { month = String(line.dropFirst(3)) }
      if line.hasPrefix("| 20") { #expect(line.dropFirst(2).hasPrefix(month)) }
    }
  }

  @Test func markdownCellsEscapePipesAndLineBreaks() {
    #expect(DutyCalendar.cell("a|b\nc") == "a\\|b c")
  }

  @Test func jsonHoldsEveryEventWithItsRepetitionAndEscalation() throws {
    let request = CalendarRequest(body: "env-dept", escalations: true, language: .zh)
    let calendar = DutyCalendar(graph: try CalendarFixture.graph(), request: request)
    let object = try JSONSerialization.jsonObject(with: Data(calendar.json().utf8))
    let root = try #require(object as? [String: Any])
    #expect(root["format"] as? String == "rulec-calendar/1")
    #expect(root["name"] as? String == "示例整改方案 — 省环保厅")
    let selection = try #require(root["request"] as? [String: Any])
    #expect(selection["body"] as? String == "env-dept")
    #expect(selection["reminders"] as? [Int] == [7])
    let events = try #require(root["events"] as? [[String: Any]])
    #expect(events.map { $0["uid"] as? String } == calendar.events.map(\.uid))
    let monthly = try #require(
      events.first { $0["uid"] as? String == "report.monthly@calendar-demo.rulec" })
    let repetition = try #require(monthly["repeat"] as? [String: Any])
    #expect(repetition["every"] as? String == "monthly")
    #expect(repetition["until"] as? String == "2018-03-31")
    #expect((monthly["occurrences"] as? [Any])?.count == 6)
    let escalation = try #require(
      events.first {
        $0["uid"] as? String == "monitoring.paths+interview-overdue@calendar-demo.rulec"
      })
    #expect(escalation["kind"] as? String == "escalation")
    let step = try #require(escalation["escalation"] as? [String: Any])
    #expect(step["action"] as? String == "interview")
    #expect(step["days_after_due"] as? Int == 30)
    #expect(escalation["start"] as? String == "2017-10-15")
  }
}
