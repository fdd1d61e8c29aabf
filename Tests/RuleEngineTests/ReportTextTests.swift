import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportTextTests {
  private func render(_ language: Language) throws -> [Substring] {
    TextReport(language: language).render(
      try ReportFixture.result(), graph: try CheckFixture.graph()
    )
    .split(separator: "\n", omittingEmptySubsequences: false)
  }

  @Test func findingsAreGroupedByActionHighestFirstThenBody() throws {
    let lines = try render(.en)
    let headings = lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }
    #expect(headings.count == 8)
    #expect(
      headings[1] == "Returns: 3 of 3 bodies reported; 1 due instance without an entry (未报送).")
    #expect(headings[2] == "ACCOUNTABILITY 问责 (1)")
    #expect(headings[3] == "INTERVIEW 约谈 (3)")
    #expect(headings[4] == "SUPERVISION 督办 (2)")
    #expect(headings[5] == "WARNING 预警 (3)")
    #expect(headings[6] == "No policy applies (1)")
    #expect(lines[3] == "  兰州市 (lanzhou)  1 due instance without an entry")
    let interview = try #require(lines.firstIndex(of: "INTERVIEW 约谈 (3)"))
    #expect(lines[interview + 1] == "  省环保厅 (env-dept)")
    #expect(lines[interview + 3] == "  兰州市 (lanzhou)")
  }

  @Test func aFindingIsOneLineWithInstanceTitleDueDaysAndClause() throws {
    let lines = try render(.en)
    let line = try #require(lines.first { $0.contains("accountability-after-interview") })
    #expect(
      line
        == "    water.sand-plan@zhangye  完成所辖区域内河道采砂规划编制  due 2017-07-31  76 days overdue  [overdue]  by 省问责工作组 under 九 (accountability-after-interview)  clause 一"
    )
  }

  @Test func theSummaryCountsEachAction() throws {
    let english = try render(.en).last { !$0.isEmpty }
    #expect(
      english?.hasPrefix(
        "Summary: 0 veto, 1 accountability, 3 interview, 2 supervision, 3 warning; 7 violations")
        == true)
    let chinese = try render(.zh).last { !$0.isEmpty }
    #expect(chinese?.hasPrefix("合计：一票否决 0，问责 1，约谈 3，督办 2，预警 3；违规 7 项") == true)
  }
}
