import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// When escalation policies would fire on a duty left open after its
/// deadline (`EscalationForecast`, `ConditionBreakpoints`).
@Suite struct CalendarEscalationTests {
  /// A policy with a condition, compiled as the compiler does.
  static func policy(
    _ id: String, _ when: String, _ action: EscalationAction = .interview
  ) throws -> Policy {
    var diagnostics = Diagnostics()
    let location = SourceLocation(file: "policies.yaml", line: 1, column: 1)
    let condition = CompiledCondition.compile(
      when, at: location, knownBodies: ["lanzhou", "tianshui", "office"],
      into: &diagnostics)
    return Policy(
      id: id, title: nil, when: when, condition: try #require(condition), action: action,
      by: "office", source: nil, location: location)
  }

  /// The day after the deadline a lone policy first fires, if ever.
  static func firstDay(_ when: String, body: String = "lanzhou") throws -> Int? {
    let forecast = EscalationForecast(policies: [try policy("p", when)])
    let steps = forecast.steps(obligation: "water.plan", body: body, obligationClass: .immediate)
    return steps.first?.daysAfterDue
  }

  @Test(arguments: [
    ("violation == overdue", 1),
    ("overdue", 1),
    ("days_overdue > 30", 31),
    ("days_overdue >= 30", 30),
    ("30 < days_overdue", 31),
    ("overdue and days_overdue > 15", 16),
    ("days_overdue == 45", 45),
    ("days_overdue in [20, 40]", 20),
    ("not (days_overdue <= 10)", 11),
    ("days_overdue + days_overdue > 30", 16),
    ("days_overdue - 10 > 80", 91),
    ("100 - days_overdue < 40", 61),
    ("days_to_due < -5", 6),
    ("days_to_due <= -7 and class == immediate", 7),
    ("days_overdue > 30 or obligation == \"water.plan\"", 1),
    ("body == \"lanzhou\" and days_overdue > 2", 3),
    ("status == in_progress and days_overdue >= 3", 3),
    ("not warned or days_overdue > 9", 1),
    ("days_overdue > 36524", 36_525),
  ])
  func aPolicyFiresOnTheFirstDayItsConditionHolds(_ when: String, _ day: Int) throws {
    #expect(try Self.firstDay(when) == day)
  }

  @Test(arguments: [
    "violation == missing and days_overdue > 15",
    "false_report",
    "days_overdue < 1",
    "days_overdue > 40000",
    "body == \"tianshui\"",
    "class == long_term",
    "status in [done, closed]",
    "interviewed",
    "days_overdue == 10 and days_overdue == 11",
  ])
  func aPolicyThatCannotHoldForAnOpenDutyNeverFires(_ when: String) throws {
    #expect(try Self.firstDay(when) == nil)
  }

  @Test func policiesAboutMetricReadingsAreLeftOut() throws {
    let forecast = EscalationForecast(policies: [try Self.policy("m", "target_missed")])
    #expect(forecast.policies.isEmpty)
  }

  @Test func aStepCountsAsTakenFromTheDayItFires() throws {
    let forecast = EscalationForecast(policies: [
      try Self.policy("warn", "violation == overdue", .warning),
      try Self.policy("interview", "overdue and days_overdue >= 30", .interview),
      try Self.policy(
        "account", "interviewed and days_since_interview > 30 and not (status in [done, closed])",
        .accountability),
      try Self.policy("supervise", "warned and days_since_warning >= 7", .supervision),
      try Self.policy("veto", "highest_action >= accountability", .veto),
      try Self.policy("same-day", "supervised", .interview),
    ])
    let steps = forecast.steps(obligation: "water.plan", body: "lanzhou", obligationClass: nil)
    #expect(
      steps.map(\.policy.id) == ["warn", "same-day", "supervise", "interview", "account", "veto"])
    #expect(steps.map(\.daysAfterDue) == [1, 8, 8, 30, 61, 61])
  }

  @Test func theFixturePlansLadderForEachCity() throws {
    let forecast = EscalationForecast(policies: try CalendarFixture.graph().policies)
    let lanzhou = forecast.steps(
      obligation: "water.sand-plan", body: "lanzhou", obligationClass: .immediate)
    #expect(
      lanzhou.map(\.policy.id) == [
        "warn-overdue", "supervise-overdue", "interview-overdue",
        "accountability-after-interview", "veto-lanzhou",
      ])
    #expect(lanzhou.map(\.daysAfterDue) == [1, 16, 30, 61, 91])
    let tianshui = forecast.steps(
      obligation: "water.sand-plan", body: "tianshui", obligationClass: .immediate)
    #expect(tianshui.map(\.daysAfterDue) == [1, 16, 30, 61])
  }

  @Test func escalationEventsFallOnTheirDaysInsideTheWindow() throws {
    let graph = try CalendarFixture.graph()
    let request = CalendarRequest(
      body: "lanzhou", from: Day(iso: "2017-08-15"), to: Day(iso: "2017-09-29"),
      escalations: true)
    let events = DutyCalendar(graph: graph, request: request).events
    let summary = events.map { "\($0.start) \($0.uid)" }
    #expect(
      summary == [
        "2017-08-16 water.sand-plan@lanzhou+supervise-overdue@calendar-demo.rulec",
        "2017-08-30 water.sand-plan@lanzhou+interview-overdue@calendar-demo.rulec",
      ])
    let interview = try #require(events.last?.escalation)
    #expect(interview.action == .interview)
    #expect(interview.by == "leading-group")
    #expect(interview.daysAfterDue == 30)
    #expect(events.allSatisfy { $0.kind == .escalation && $0.reminders.isEmpty })
  }

  @Test func eachOccurrenceOfARecurringDutyHasItsOwnEscalations() throws {
    let request = CalendarRequest(body: "env-dept", escalations: true)
    let events = DutyCalendar(graph: try CalendarFixture.graph(), request: request).events
    let warnings = events.filter {
      $0.escalation?.policy == "warn-overdue" && $0.obligation == "report.half-year"
    }
    #expect(warnings.map(\.start.description) == ["2018-01-01", "2018-07-01", "2019-01-01"])
    #expect(
      warnings.map(\.occurrences[0].instance) == [
        "report.half-year#2017-H2", "report.half-year#2018-H1", "report.half-year#2018-H2",
      ])
  }
}
