import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Readings judged against targets as plans write them: each year's count
/// (`每年不少于100名`), staged values, `2000亩左右` with its tolerance, a range
/// (`1到2个`), a target shared by several bodies, a direction with no number.
@Suite struct CheckTargetFormTests {
  static let compiled = Compiler().compile(
    rulesAt: Fixtures.folder("CLI").appendingPathComponent("target-forms/rules").path)

  private func check(_ asOf: String, _ metrics: String) throws -> CheckResult {
    let graph = try #require(Self.compiled.graph)
    let json = """
      {"plan": "target-forms-demo", "as_of": "\(asOf)", "obligations": {}, "metrics": {\(metrics)}}
      """
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      SnapshotReader().read(
        Array(json.utf8), file: "snapshot.json", path: "snapshot.json", asOf: nil,
        into: &diagnostics))
    var validator = SnapshotValidator(graph: graph)
    #expect(validator.validate(snapshot, into: &diagnostics) && !diagnostics.hasErrors)
    return Checker(graph: graph).check(snapshot)
  }

  private func finding(_ result: CheckResult, _ instance: String) -> Violation? {
    result.violations.first { $0.instance == instance }
  }

  @Test func eachYearsCountIsJudgedByTheReadingsOfItsYear() throws {
    // 2018's 120 meets 2018's 100; 2019's half-year 40 is not judged before 2019 ends.
    let met = try check(
      "2019-07-15",
      #""trained@east": [{"on": "2018-12-31", "value": 120}, {"on": "2019-06-30", "value": 40}]"#)
    #expect(finding(met, "trained@east") == nil)
    // On 2020-01-05 the year judged is 2019, and its latest reading is 90.
    let missed = try check(
      "2020-01-05",
      #""trained@east": [{"on": "2018-12-31", "value": 120}, {"on": "2019-12-31", "value": 90}]"#)
    let violation = try #require(finding(missed, "trained@east"))
    #expect(violation.kind == .targetMissed)
    #expect(violation.due?.description == "2019-12-31")
    #expect(violation.details.form?.period == .yearly)
    #expect(violation.facts.value(of: .gap) == .number(10))
    // A reading from 2018 does not count for 2019.
    let stale = try check("2020-01-05", #""trained@east": [{"on": "2018-12-31", "value": 120}]"#)
    #expect(finding(stale, "trained@east")?.kind == .missing)
  }

  @Test func aStagedTargetJudgesThePassedStageThenThePathToTheNext() throws {
    let missed = try check("2019-01-10", #""water": [{"on": "2018-12-31", "value": 29}]"#)
    let violation = try #require(finding(missed, "water"))
    #expect(violation.kind == .targetMissed)
    #expect(violation.details.target == 30)
    #expect(violation.details.form?.stage == 1)
    #expect(violation.details.form?.stages == 3)
    // Half-way through 2019 the path runs from 30 to 40: 34.959 on 2019-06-30.
    let behind = try check(
      "2019-07-15",
      #""water": [{"on": "2018-12-31", "value": 31}, {"on": "2019-06-30", "value": 32}]"#)
    let offTrack = try #require(finding(behind, "water"))
    #expect(offTrack.kind == .offTrack)
    #expect(offTrack.details.pathValue == 34.959)
    #expect(offTrack.details.form?.stage == 2)
    let onTrack = try check(
      "2019-07-15",
      #""water": [{"on": "2018-12-31", "value": 31}, {"on": "2019-06-30", "value": 36}]"#)
    #expect(finding(onTrack, "water") == nil)
  }

  @Test func anApproximateTargetMeetsWithinItsTolerance() throws {
    for (value, missed) in [(1800.0, false), (2200, false), (1799, true), (2300, true)] {
      let result = try check(
        "2019-01-10", #""forest": [{"on": "2018-12-31", "value": \#(value)}]"#)
      #expect((finding(result, "forest")?.kind == .targetMissed) == missed, "\(value)")
    }
    let result = try check("2019-01-10", #""forest": [{"on": "2018-12-31", "value": 2300}]"#)
    #expect(finding(result, "forest")?.facts.value(of: .gap) == .number(100))
  }

  @Test func aRangeMeetsBetweenItsEnds() throws {
    let result = try check(
      "2019-01-10",
      #""plants@east": [{"on": "2018-12-31", "value": 0}], "plants@west": [{"on": "2018-12-31", "value": 2}]"#
    )
    #expect(finding(result, "plants@east")?.kind == .targetMissed)
    #expect(finding(result, "plants@east")?.facts.value(of: .gap) == .number(1))
    #expect(finding(result, "plants@west") == nil)
    // 西城区's own range (per_body) is 2 to 3: 1 misses it, 3 meets it.
    let perBody = try check(
      "2019-01-10",
      #""plants@east": [{"on": "2018-12-31", "value": 1}], "plants@west": [{"on": "2018-12-31", "value": 1}]"#
    )
    #expect(finding(perBody, "plants@east") == nil)
    #expect(finding(perBody, "plants@west")?.details.form?.low == 2)
  }

  @Test func aSharedTargetIsJudgedOnTheSumOfItsMembers() throws {
    let readings = """
      "cadres@city": [{"on": "2020-12-31", "value": 5000}],
      "cadres@east": [{"on": "2020-12-31", "value": 3000}],
      "cadres@west": [{"on": "2020-12-31", "value": 1500}]
      """
    let missed = try check("2021-01-05", readings)
    let violation = try #require(finding(missed, "cadres"))
    #expect(violation.kind == .targetMissed)
    #expect(violation.body == "city")
    #expect(violation.facts.value(of: .reading) == .number(9500))
    #expect(violation.details.form?.shared == .sum)
    #expect(violation.details.form?.members == 3)
    #expect(missed.violations.filter { $0.subject == "cadres" }.count == 1)
    let met = try check("2021-01-05", readings.replacingOccurrences(of: "1500", with: "2000"))
    #expect(finding(met, "cadres") == nil)
    // A member that has not reported since the target's day leaves the total missing.
    let partial = try check(
      "2021-01-05",
      #""cadres@city": [{"on": "2020-12-31", "value": 9000}], "cadres@east": [{"on": "2020-12-31", "value": 3000}], "cadres@west": [{"on": "2020-06-30", "value": 500}]"#
    )
    #expect(finding(partial, "cadres")?.kind == .missing)
  }

  @Test func aDirectionIsADutyToReportNeverJudgedAgainstANumber() throws {
    let reported = try check("2019-01-10", #""satisfaction": [{"on": "2018-12-31", "value": 1}]"#)
    #expect(finding(reported, "satisfaction") == nil)
    let silent = try check("2019-01-10", "")
    #expect(finding(silent, "satisfaction")?.kind == .missing)
  }
}
