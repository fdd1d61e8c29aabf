import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct CheckFindingChangesTests {
  private func snapshot(_ name: String) throws -> String {
    try String(
      contentsOf: CheckFixture.folder.appendingPathComponent("snapshots/\(name).json"),
      encoding: .utf8)
  }

  @Test func findingsAreNewContinuingOrResolved() throws {
    let current = try CheckFixture.check(snapshot("2017-10-15"))
    let earlier = try CheckFixture.check(snapshot("2017-09-15"))
    let changes = FindingChanges(current: current, earlier: earlier)
    #expect(changes.since.description == "2017-09-15")
    let byKey = Dictionary(
      uniqueKeysWithValues: current.violations.map { ($0.key, changes.change(of: $0)) })
    #expect(byKey["overdue:water.sand-plan@zhangye"] == .continuing)
    #expect(byKey["off_track:air.pm25@zhangye"] == .continuing)
    #expect(byKey["false_report:env.inspection"] == .new)
    #expect(byKey["missing:water.sand-permits@lanzhou"] == .new)
    #expect(changes.resolvedViolations.map(\.key) == ["off_track:air.pm25@lanzhou"])
    let accountability = try #require(
      current.escalations.first { $0.policy == "accountability-after-interview" })
    #expect(changes.change(of: accountability) == .new)
    let interview = try #require(current.escalations.first { $0.policy == "interview-overdue" })
    #expect(changes.change(of: interview) == .continuing)
    #expect(changes.resolvedEscalations.map(\.key) == ["warn-off-track:air.pm25@lanzhou"])
  }

  @Test func comparingWithItselfChangesNothing() throws {
    let result = try CheckFixture.check(snapshot("2017-10-15"))
    let changes = FindingChanges(current: result, earlier: result)
    #expect(result.violations.allSatisfy { changes.change(of: $0) == .continuing })
    #expect(changes.resolvedViolations.isEmpty)
    #expect(changes.resolvedEscalations.isEmpty)
  }
}
