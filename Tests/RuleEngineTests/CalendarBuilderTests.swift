import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Which instances become which events: bodies and groups, windows,
/// recurring series, reminders and duties without a date.
@Suite struct CalendarBuilderTests {
  static func calendar(_ request: CalendarRequest) throws -> DutyCalendar {
    DutyCalendar(graph: try CalendarFixture.graph(), request: request)
  }

  @Test func aGroupStandsForItsMembersDuties() throws {
    let cities = try Self.calendar(CalendarRequest(body: "cities"))
    #expect(Set(cities.events.map(\.body)) == ["lanzhou", "tianshui"])
    let lanzhou = try Self.calendar(CalendarRequest(body: "lanzhou"))
    #expect(Set(lanzhou.events.map(\.body)) == ["lanzhou"])
    #expect(lanzhou.name == "示例整改方案 — 兰州市")
    #expect(cities.events.count == 2 * lanzhou.events.count)
    #expect(try Self.calendar(CalendarRequest()).name == "示例整改方案")
  }

  @Test func anUnknownBodySelectsNothing() throws {
    let calendar = try Self.calendar(CalendarRequest(body: "nowhere"))
    #expect(calendar.events.isEmpty)
    #expect(calendar.undated.isEmpty)
    #expect(calendar.undatedNote == nil)
  }

  @Test func dutiesWithoutADateAreCountedNotShown() throws {
    let calendar = try Self.calendar(CalendarRequest())
    #expect(calendar.undated == ["mechanism.long-term@lanzhou", "mechanism.long-term@tianshui"])
    #expect(calendar.undatedNote?.en.hasPrefix("2 duties have no due date") == true)
    #expect(calendar.undatedNote?.zh.hasPrefix("2项任务没有截止日期") == true)
    #expect(!calendar.events.contains { $0.obligation == "mechanism.long-term" })
  }

  @Test func aWindowShortensASeriesButKeepsItsUID() throws {
    let whole = try Self.calendar(CalendarRequest(body: "env-dept"))
    let window = try Self.calendar(
      CalendarRequest(body: "env-dept", from: Day(iso: "2017-12-01"), to: Day(iso: "2018-02-28")))
    let uid = "report.monthly@calendar-demo.rulec"
    let all = try #require(whole.events.first { $0.uid == uid })
    let part = try #require(window.events.first { $0.uid == uid })
    #expect(all.occurrences.count == 6)
    #expect(part.occurrences.map(\.date.description) == ["2017-12-31", "2018-01-31", "2018-02-28"])
    #expect(part.repetition?.until.description == "2018-02-28")
    #expect(
      window.events.allSatisfy { $0.occurrences.allSatisfy { $0.date.monthKey >= "2017-12" } })
    #expect(
      window.events.allSatisfy { $0.occurrences.allSatisfy { $0.date.monthKey <= "2018-02" } })
  }

  @Test func aSeriesWithOneOccurrenceInTheWindowDoesNotRepeat() throws {
    let calendar = try Self.calendar(
      CalendarRequest(body: "env-dept", from: Day(iso: "2018-12-01"), to: Day(iso: "2018-12-31")))
    let annual = try #require(calendar.events.first { $0.obligation == "report.annual" })
    #expect(annual.uid == "report.annual@calendar-demo.rulec")
    #expect(annual.repetition == nil)
    #expect(annual.occurrences.map(\.instance) == ["report.annual#2018"])
  }

  @Test func eventsCarryTheDutysFacts() throws {
    let calendar = try Self.calendar(CalendarRequest(body: "lanzhou", language: .zh))
    let plan = try #require(calendar.events.first { $0.obligation == "water.sand-plan" })
    #expect(plan.summary == "完成所辖区域内河道采砂规划编制（兰州市）")
    #expect(plan.categories == ["兰州市", "立行立改"])
    #expect(
      plan.details == [
        "责任单位：兰州市（lanzhou）",
        "截止日期：2017-07-31（2017年7月底前）",
        "条款：一“各市州于2017年7月底前完成所辖区域内河道采砂规划编制”",
        "实例：water.sand-plan@lanzhou",
        "整改类别：立行立改（immediate）",
        "协同单位：省水利厅",
      ])
    let permits = try #require(calendar.events.first { $0.obligation == "water.sand-permits" })
    #expect(permits.start.description == "2017-09-30")
    #expect(permits.details.contains("截止日期：2017-09-30（计划）：water.sand-plan@lanzhou完成后2个月内"))
    #expect(permits.details.contains("前置任务：water.sand-plan@lanzhou"))
  }

  @Test func remindersComeFromTheRequest() throws {
    let none = try Self.calendar(CalendarRequest(reminders: []))
    #expect(none.events.allSatisfy { $0.reminders.isEmpty })
    let standard = try Self.calendar(CalendarRequest())
    #expect(standard.events.allSatisfy { $0.reminders.map(\.days) == [7] })
  }

  @Test(arguments: [
    (TimeSpan(7, .day), 7), (TimeSpan(2, .week), 14), (TimeSpan(0, .day), 0),
    (TimeSpan(1, .month), nil), (TimeSpan(1, .year), nil),
  ])
  func remindersCountWholeDays(_ span: TimeSpan?, _ days: Int?) throws {
    let span = try #require(span)
    #expect(Reminder(span)?.days == days)
    #expect(Reminder(span).map(\.trigger) == days.map { "-P\($0)D" })
  }
}

extension CalendarBuilderTests {
  @Test func aGapInASeriesStartsAnotherRepeatingEvent() throws {
    let graph = try CalendarFixture.graph()
    let gapped = ObligationGraph(
      plan: graph.plan, bodies: graph.bodies, obligations: graph.obligations,
      instances: graph.instances.filter { $0.id != "report.monthly#2018-01" },
      metrics: graph.metrics, metricInstances: graph.metricInstances, policies: graph.policies)
    let events = DutyCalendar(graph: gapped).events.filter { $0.obligation == "report.monthly" }
    #expect(
      events.map(\.uid) == [
        "report.monthly@calendar-demo.rulec", "report.monthly#2018-02@calendar-demo.rulec",
      ])
    #expect(events.map { $0.repetition?.until.description } == ["2017-12-31", "2018-03-31"])
  }
}
