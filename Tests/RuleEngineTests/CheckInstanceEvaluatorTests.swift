import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// The violations of duty instances: one test per kind, and the shapes of
/// duties (per member, recurring, relative, class only).
@Suite struct CheckInstanceEvaluatorTests {
  private func check(
    _ asOf: String, _ obligations: String = "", actions: String = ""
  ) throws -> CheckResult {
    try CheckFixture.check(
      CheckFixture.snapshot(asOf: asOf, obligations: obligations, actions: actions))
  }

  private func fact(_ result: CheckResult, _ instance: String, _ kind: ViolationKind, _ fact: Fact)
    throws -> FactValue?
  {
    let violation = try #require(
      result.violations.first { $0.instance == instance && $0.kind == kind })
    return violation.facts.value(of: fact)
  }

  @Test func anInstanceNotDoneAfterItsDueDateIsOverdue() throws {
    let result = try check(
      "2017-10-15", #""water.sand-plan@zhangye": {"status": "in_progress", "progress": 0.6}"#)
    #expect(result.kinds(of: "water.sand-plan@zhangye") == ["overdue"])
    #expect(try fact(result, "water.sand-plan@zhangye", .overdue, .daysOverdue) == .int(76))
    #expect(try fact(result, "water.sand-plan@zhangye", .overdue, .progress) == .number(0.6))
    #expect(try fact(result, "water.sand-plan@zhangye", .overdue, .daysToDue) == .int(-76))
    let violation = try #require(result.violations.first { $0.kind == .overdue })
    #expect(violation.due?.description == "2017-07-31")
    #expect(violation.body == "zhangye")
    #expect(violation.source?.section == "一")
  }

  @Test func anInstanceIsOverdueOnItsDueDateWithZeroDays() throws {
    let result = try check("2017-09-30", #""env.inspection": {"status": "not_started"}"#)
    #expect(result.kinds(of: "env.inspection") == ["overdue"])
    #expect(try fact(result, "env.inspection", .overdue, .daysOverdue) == .int(0))
  }

  @Test func anInstanceNotYetDueIsNoViolation() throws {
    let result = try check("2017-09-29", #""env.inspection": {"status": "not_started"}"#)
    #expect(result.kinds(of: "env.inspection").isEmpty)
  }

  @Test func aDueInstanceWithoutEntryIsMissingNotOverdue() throws {
    let result = try check("2017-10-15")
    #expect(result.kinds(of: "water.sand-plan@lanzhou") == ["missing"])
    #expect(try fact(result, "water.sand-plan@lanzhou", .missing, .missing) == .bool(true))
    #expect(try fact(result, "water.sand-plan@lanzhou", .missing, .daysOverdue) == .int(76))
    #expect(try fact(result, "water.sand-plan@lanzhou", .missing, .status) == nil)
  }

  @Test func doneAndClosedInstancesAreNotOverdue() throws {
    let result = try check(
      "2017-10-15",
      #"""
      "water.sand-plan@lanzhou": {"status": "done", "completed": "2017-07-20",
        "reported": "2017-07-25", "published": "2017-08-02"},
      "water.sand-plan@zhangye": {"status": "closed", "completed": "2017-07-30",
        "reported": "2017-07-30", "published": "2017-07-30"}
      """#)
    #expect(result.kinds(of: "water.sand-plan@lanzhou").isEmpty)
    #expect(result.kinds(of: "water.sand-plan@zhangye").isEmpty)
  }

  @Test func aCompletionNotReportedInTimeIsUnreported() throws {
    let absent = try check(
      "2017-10-15",
      #""env.inspection": {"status": "done", "completed": "2017-09-01", "published": "2017-09-05"}"#
    )
    #expect(absent.kinds(of: "env.inspection") == ["unreported"])
    #expect(try fact(absent, "env.inspection", .unreported, .daysUnreported) == .int(34))
    #expect(try fact(absent, "env.inspection", .unreported, .reported) == .bool(false))
    let violation = try #require(absent.violations.first)
    #expect(violation.due?.description == "2017-09-11")
    let late = try check(
      "2017-10-15",
      #"""
      "env.inspection": {"status": "done", "completed": "2017-09-01", "reported": "2017-09-20",
        "published": "2017-09-20"}
      """#)
    #expect(late.kinds(of: "env.inspection") == ["unreported"])
    #expect(try fact(late, "env.inspection", .unreported, .daysUnreported) == .int(9))
  }

  @Test func aReportOnTheLastDayOrBeforeItsTimeHasPassedIsNoViolation() throws {
    let onTime = try check(
      "2017-10-15",
      #"""
      "env.inspection": {"status": "done", "completed": "2017-09-01", "reported": "2017-09-11",
        "published": "2017-10-01"}
      """#)
    #expect(onTime.kinds(of: "env.inspection").isEmpty)
    let pending = try check(
      "2017-09-11", #""env.inspection": {"status": "done", "completed": "2017-09-01"}"#)
    #expect(pending.kinds(of: "env.inspection").isEmpty)
  }

  @Test func aCompletionNotMadePublicInTimeIsUnpublished() throws {
    let result = try check(
      "2017-10-15",
      #""env.inspection": {"status": "done", "completed": "2017-09-01", "reported": "2017-09-02"}"#)
    #expect(result.kinds(of: "env.inspection") == ["unpublished"])
    #expect(try fact(result, "env.inspection", .unpublished, .daysUnpublished) == .int(14))
    #expect(try fact(result, "env.inspection", .unpublished, .published) == .bool(false))
  }

  @Test func aFalseReportIsAViolation() throws {
    let result = try check(
      "2017-10-15",
      #"""
      "env.inspection": {"status": "done", "completed": "2017-09-01", "reported": "2017-09-02",
        "published": "2017-09-03", "false_report": true}
      """#)
    #expect(result.kinds(of: "env.inspection") == ["false_report"])
    #expect(result.policies(of: "env.inspection") == ["interview-false-report"])
  }

  @Test func completingBeforeAPrerequisiteIsADependencyOrderViolation() throws {
    let done = #""status": "done", "reported": "2017-09-26", "published": "2017-09-26""#
    let later = try check(
      "2017-10-15",
      """
      "env.inspection": {\(done), "completed": "2017-09-25"},
      "env.regulation": {\(done), "completed": "2017-09-20"}
      """)
    #expect(later.kinds(of: "env.regulation") == ["dependency_order"])
    #expect(later.violations.first?.details.prerequisites == ["env.inspection"])
    #expect(later.policies(of: "env.regulation") == ["supervise-order"])
    let never = try check(
      "2017-09-28",
      """
      "env.inspection": {"status": "in_progress"},
      "env.regulation": {\(done), "completed": "2017-09-20"}
      """)
    #expect(never.kinds(of: "env.regulation") == ["dependency_order"])
    let inOrder = try check(
      "2017-10-15",
      """
      "env.inspection": {\(done), "completed": "2017-09-19"},
      "env.regulation": {\(done), "completed": "2017-09-20"}
      """)
    #expect(inOrder.kinds(of: "env.inspection").isEmpty)
    #expect(inOrder.kinds(of: "env.regulation").isEmpty)
  }

  @Test func aRelativeDeadlineCountsFromThePrerequisitesActualCompletion() throws {
    let plan = #""status": "done", "reported": "2017-07-21", "published": "2017-07-21""#
    let result = try check(
      "2017-10-15",
      """
      "water.sand-plan@lanzhou": {\(plan), "completed": "2017-07-20"},
      "water.sand-plan@zhangye": {"status": "in_progress"}
      """)
    let violation = try #require(
      result.violations.first { $0.instance == "water.sand-permits@lanzhou" })
    #expect(violation.kind == .missing)
    #expect(violation.due?.description == "2017-09-20")
    #expect(try fact(result, "water.sand-permits@lanzhou", .missing, .daysOverdue) == .int(25))
    // The clock of zhangye's permits has not started: no due date, no violation.
    #expect(result.kinds(of: "water.sand-permits@zhangye").isEmpty)
    let graph = try CheckFixture.graph()
    #expect(graph.instance("water.sand-permits@zhangye")?.due?.description == "2017-09-30")
  }

  @Test func eachOccurrenceOfARecurringDutyIsDueAtItsPeriodEnd() throws {
    let result = try check(
      "2018-01-10",
      #""party.quarterly-review@lanzhou#2017-Q3": {"status": "done", "completed": "2017-09-28", "reported": "2017-09-29", "published": "2017-09-29"}"#
    )
    #expect(result.kinds(of: "party.quarterly-review@lanzhou#2017-Q3").isEmpty)
    #expect(result.kinds(of: "party.quarterly-review@lanzhou#2017-Q4") == ["missing"])
    #expect(result.kinds(of: "party.quarterly-review@lanzhou#2018-Q1").isEmpty)
    #expect(result.kinds(of: "env.publicity#2017") == ["missing"])
    #expect(
      try fact(result, "party.quarterly-review@lanzhou#2017-Q4", .missing, .daysOverdue) == .int(10)
    )
  }

  @Test func membersOfAGroupAreCheckedOneByOne() throws {
    let result = try check(
      "2017-08-20",
      #""water.sand-plan@lanzhou": {"status": "done", "completed": "2017-07-20", "reported": "2017-07-21", "published": "2017-07-22"}"#
    )
    #expect(result.kinds(of: "water.sand-plan@lanzhou").isEmpty)
    #expect(result.kinds(of: "water.sand-plan@zhangye") == ["missing"])
    let escalation = try #require(
      result.escalations.first { $0.instance == "water.sand-plan@zhangye" })
    #expect(escalation.target == "zhangye")
    #expect(escalation.by == "leading-group")
  }

  @Test func aDutyWithOnlyAClassIsNeverOverdue() throws {
    let result = try check("2020-12-31")
    #expect(result.kinds(of: "mechanism.long-term@lanzhou").isEmpty)
    #expect(result.kinds(of: "env.publicity#2020") == ["missing"])
  }

  @Test func severalViolationsOfOneInstanceAreAllListed() throws {
    let result = try check(
      "2017-12-01",
      #""env.inspection": {"status": "done", "completed": "2017-09-01", "false_report": true}"#)
    #expect(result.kinds(of: "env.inspection") == ["unreported", "unpublished", "false_report"])
    #expect(
      result.policies(of: "env.inspection") == [
        "interview-false-report", "interview-unpublished", "interview-unreported",
      ])
  }
}
