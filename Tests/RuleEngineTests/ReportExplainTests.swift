import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportExplainTests {
  private func explain(_ id: String) throws -> String? {
    ExplainReport(language: .en).render(id, graph: try CheckFixture.graph())
  }

  @Test func anObligationShowsItsInstancesDependenciesAndPolicies() throws {
    let text = try #require(try explain("water.sand-plan"))
    #expect(text.hasPrefix("obligation water.sand-plan\n"))
    #expect(text.contains("  needed by: water.sand-permits\n"))
    #expect(text.contains("    water.sand-plan@zhangye  张掖市  due 2017-07-31\n"))
    #expect(text.contains("  policies that can fire (8):\n"))
    #expect(!text.contains("veto-pm25"))
  }

  @Test func anInstanceShowsItsRelativeDeadlineAndPrerequisite() throws {
    let text = try #require(try explain("water.sand-permits@zhangye"))
    #expect(
      text.contains(
        "  due: 2 months after water.sand-plan@zhangye is completed, planned 2017-09-30\n"))
    #expect(text.contains("  depends on: water.sand-plan@zhangye\n"))
    let prerequisite = try #require(try explain("water.sand-plan@zhangye"))
    #expect(prerequisite.contains("  needed by: water.sand-permits@zhangye\n"))
  }

  @Test func everyKindOfIdIsExplained() throws {
    for id in [
      "env.regulation", "env.publicity#2018", "air.pm25", "air.pm25@lanzhou", "veto-pm25", "office",
    ] {
      #expect(try explain(id) != nil, "\(id)")
    }
    #expect(try explain("air.pm25@lanzhou")?.hasPrefix("metric instance air.pm25@lanzhou") == true)
  }

  @Test func anUnknownIdHasASuggestion() throws {
    let graph = try CheckFixture.graph()
    #expect(try explain("env.inspektion") == nil)
    #expect(ExplainReport.suggestion(for: "env.inspektion", in: graph) == "env.inspection")
  }
}
