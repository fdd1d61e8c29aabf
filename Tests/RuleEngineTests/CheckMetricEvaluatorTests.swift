import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Metric readings against the straight path from baseline to target, and
/// against the target once its date has come.
@Suite struct CheckMetricEvaluatorTests {
  private func check(_ asOf: String, _ metrics: String) throws -> CheckResult {
    try CheckFixture.check(CheckFixture.snapshot(asOf: asOf, metrics: metrics))
  }

  private func metricViolation(_ result: CheckResult, _ id: String) -> Violation? {
    result.violations.first { $0.instance == id }
  }

  @Test func aCeilingReadingAboveThePathIsOffTrack() throws {
    let result = try check(
      "2018-01-15", #""air.pm25@lanzhou": [{"on": "2017-12-31", "value": 44.2}]"#)
    let violation = try #require(metricViolation(result, "air.pm25@lanzhou"))
    #expect(violation.kind == .offTrack)
    // 46 - 8 × 365/1461 = 44.0014 on 2017-12-31.
    #expect(violation.details.pathValue == 44.001)
    #expect(violation.facts.value(of: .gap) == .number(0.199))
    #expect(violation.facts.value(of: .reading) == .number(44.2))
    #expect(violation.facts.value(of: .offTrack) == .bool(true))
    #expect(violation.facts.value(of: .metric) == .string("air.pm25"))
    #expect(violation.body == "lanzhou")
    #expect(violation.due?.description == "2020-12-31")
    #expect(result.policies(of: "air.pm25@lanzhou") == ["warn-off-track"])
  }

  @Test func aReadingOnThePathIsNoViolation() throws {
    let result = try check(
      "2018-01-15", #""air.pm25@lanzhou": [{"on": "2017-12-31", "value": 43.9}]"#)
    #expect(result.violations.filter { $0.kind.isMetric }.isEmpty)
  }

  @Test func aFloorReadingBelowThePathIsOffTrack() throws {
    let below = try check("2018-01-15", #""water.good-ratio": [{"on": "2017-12-31", "value": 74}]"#)
    let violation = try #require(metricViolation(below, "water.good-ratio"))
    #expect(violation.kind == .offTrack)
    #expect(violation.details.pathValue == 75)
    #expect(violation.facts.value(of: .gap) == .number(1))
    let above = try check("2018-01-15", #""water.good-ratio": [{"on": "2017-12-31", "value": 76}]"#)
    #expect(metricViolation(above, "water.good-ratio") == nil)
  }

  @Test func onlyTheLatestReadingCounts() throws {
    let result = try check(
      "2018-01-15",
      #""air.pm25@lanzhou": [{"on": "2017-12-31", "value": 43}, {"on": "2017-06-30", "value": 50}]"#
    )
    #expect(metricViolation(result, "air.pm25@lanzhou") == nil)
  }

  @Test func aReadingWorseThanTheTargetAfterItsDateMissesIt() throws {
    let result = try check(
      "2021-01-15", #""air.pm25@zhangye": [{"on": "2020-12-31", "value": 39}]"#)
    let violation = try #require(metricViolation(result, "air.pm25@zhangye"))
    #expect(violation.kind == .targetMissed)
    #expect(violation.facts.value(of: .gap) == .number(1))
    #expect(violation.facts.value(of: .targetMissed) == .bool(true))
    #expect(violation.details.target == 38)
    #expect(result.policies(of: "air.pm25@zhangye") == ["veto-pm25", "supervise-target-missed"])
    #expect(result.escalations.first?.action == .veto)
    #expect(result.escalations.first?.by == "organization-dept")
    #expect(result.escalations.first?.target == "zhangye")
  }

  @Test func theTargetIsJudgedOnItsOwnDay() throws {
    let result = try check(
      "2020-12-31", #""air.pm25@zhangye": [{"on": "2020-12-31", "value": 38.5}]"#)
    #expect(metricViolation(result, "air.pm25@zhangye")?.kind == .targetMissed)
    let met = try check("2020-12-31", #""air.pm25@zhangye": [{"on": "2020-12-31", "value": 38}]"#)
    #expect(metricViolation(met, "air.pm25@zhangye") == nil)
  }

  @Test func aMissedFloorTargetIsSupervisedButNotVetoed() throws {
    let result = try check(
      "2019-01-10", #""water.good-ratio": [{"on": "2018-12-31", "value": 79}]"#)
    #expect(metricViolation(result, "water.good-ratio")?.kind == .targetMissed)
    #expect(result.policies(of: "water.good-ratio") == ["supervise-target-missed"])
  }
}
