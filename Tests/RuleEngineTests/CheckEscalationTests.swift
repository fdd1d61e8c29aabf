import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// The escalation ladder over time and over the `actions` log: warning →
/// supervision → interview → accountability, highest action first.
@Suite struct CheckEscalationTests {
  private let late = #""water.sand-plan@zhangye": {"status": "in_progress"}"#

  private func ladder(_ asOf: String, actions: String = "") throws -> [String] {
    let result = try CheckFixture.check(
      CheckFixture.snapshot(asOf: asOf, obligations: late, actions: actions))
    return result.policies(of: "water.sand-plan@zhangye")
  }

  @Test(arguments: [
    ("2017-08-10", ["warn-overdue"]),
    ("2017-08-16", ["supervise-overdue", "warn-overdue"]),
    ("2017-09-05", ["interview-overdue", "supervise-overdue", "warn-overdue"]),
  ])
  func theLadderClimbsWithTheDaysOverdue(asOf: String, policies: [String]) throws {
    #expect(try ladder(asOf) == policies)
  }

  @Test func accountabilityFollowsMoreThanThirtyDaysAfterAnInterview() throws {
    let interview =
      #"{"action": "interview", "instance": "water.sand-plan@zhangye", "on": "2017-09-05"}"#
    #expect(
      try ladder("2017-10-05", actions: interview) == [
        "interview-overdue", "supervise-overdue", "warn-overdue",
      ])
    #expect(
      try ladder("2017-10-06", actions: interview) == [
        "accountability-after-interview", "interview-overdue", "supervise-overdue", "warn-overdue",
      ])
  }

  @Test func aDutyDoneAfterTheInterviewIsNotEscalated() throws {
    let result = try CheckFixture.check(
      CheckFixture.snapshot(
        asOf: "2017-11-01",
        obligations: #"""
          "water.sand-plan@zhangye": {"status": "done", "completed": "2017-10-10",
            "reported": "2017-10-11", "published": "2017-10-12"}
          """#,
        actions:
          #"{"action": "interview", "instance": "water.sand-plan@zhangye", "on": "2017-09-05"}"#
      ))
    #expect(result.policies(of: "water.sand-plan@zhangye").isEmpty)
  }

  @Test func theActionsLogGivesTheHistoryFacts() throws {
    let result = try CheckFixture.check(
      CheckFixture.snapshot(
        asOf: "2017-10-15", obligations: late,
        actions: #"""
          {"action": "warning", "instance": "water.sand-plan@zhangye", "on": "2017-08-01"},
          {"action": "warning", "instance": "water.sand-plan@zhangye", "on": "2017-08-20"},
          {"action": "interview", "instance": "water.sand-plan@zhangye", "on": "2017-09-05"}
          """#))
    let facts = try #require(result.violations.first { $0.instance == "water.sand-plan@zhangye" })
      .facts
    #expect(facts.value(of: .warned) == .bool(true))
    #expect(facts.value(of: .daysSinceWarning) == .int(56))
    #expect(facts.value(of: .supervised) == .bool(false))
    #expect(facts.value(of: .daysSinceSupervision) == nil)
    #expect(facts.value(of: .interviewed) == .bool(true))
    #expect(facts.value(of: .daysSinceInterview) == .int(40))
    let highest = try #require(EnumValue(.action, named: "interview"))
    #expect(facts.value(of: .highestAction) == .enumeration(highest))
  }

  @Test func aMissingInstanceClimbsToAccountabilityToo() throws {
    let result = try CheckFixture.check(
      CheckFixture.snapshot(
        asOf: "2017-10-15",
        actions:
          #"{"action": "interview", "instance": "water.sand-plan@lanzhou", "on": "2017-09-01"}"#
      ))
    #expect(
      result.policies(of: "water.sand-plan@lanzhou") == [
        "accountability-after-interview", "interview-missing",
      ])
    let top = try #require(result.escalations.first { $0.instance == "water.sand-plan@lanzhou" })
    #expect(top.action == .accountability)
    #expect(top.by == "accountability-group")
    #expect(top.violation == .missing)
    #expect(top.source?.section == "九")
  }

  @Test func aPolicyMatchingSeveralViolationsOfAnInstanceEscalatesOnce() throws {
    let result = try CheckFixture.check(
      CheckFixture.snapshot(
        asOf: "2017-12-01",
        obligations: #""env.inspection": {"status": "in_progress", "false_report": true}"#,
        actions: #"{"action": "interview", "instance": "env.inspection", "on": "2017-10-01"}"#))
    #expect(result.kinds(of: "env.inspection") == ["overdue", "false_report"])
    let accountability = result.escalations.filter {
      $0.instance == "env.inspection" && $0.policy == "accountability-after-interview"
    }
    #expect(accountability.count == 1)
    #expect(accountability.first?.violation == .overdue)
    #expect(
      result.policies(of: "env.inspection") == [
        "accountability-after-interview", "interview-false-report", "interview-overdue",
        "supervise-overdue", "warn-overdue",
      ])
  }

  @Test func failOnLevelsCompareWithTheHighestAction() throws {
    let lanzhou =
      #""water.sand-plan@lanzhou": {"status": "done", "completed": "2017-07-20", "reported": "2017-07-21", "published": "2017-07-21"}"#
    let result = try CheckFixture.check(
      CheckFixture.snapshot(asOf: "2017-08-20", obligations: late + ", " + lanzhou))
    #expect(result.highestAction == .supervision)
    #expect(result.hasFinding(atOrAbove: .warning))
    #expect(result.hasFinding(atOrAbove: .supervision))
    #expect(!result.hasFinding(atOrAbove: .interview))
  }
}
