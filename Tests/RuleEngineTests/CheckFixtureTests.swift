import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct CheckFixtureTests {
  @Test func theTestPlanCompilesWithoutDiagnostics() throws {
    let messages = CheckFixture.compiled.diagnostics.all.map(\.message.en)
    #expect(messages.isEmpty)
    let graph = try CheckFixture.graph()
    #expect(graph.instances.count == 16)
    #expect(
      graph.metricInstances.map(\.id) == [
        "air.pm25@lanzhou", "air.pm25@zhangye", "water.good-ratio",
      ])
  }

  @Test func anEmptySnapshotBeforeTheFirstDeadlineHasNoFindings() throws {
    let result = try CheckFixture.check(CheckFixture.snapshot(asOf: "2017-07-15"))
    #expect(result.violations.isEmpty)
    #expect(result.escalations.isEmpty)
  }
}
