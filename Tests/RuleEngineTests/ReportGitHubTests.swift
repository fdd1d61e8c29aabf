import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportGitHubTests {
  @Test func everyFindingIsOneAnnotationAtItsObligation() throws {
    let result = try ReportFixture.result()
    let lines = GitHubReport().render(result, graph: try CheckFixture.graph())
      .split(separator: "\n")
    let returns = try #require(result.returns)
    #expect(lines.count == returns.incomplete.count + 1 + result.escalations.count + 1)
    #expect(lines.first?.hasPrefix("::notice title=returns::Returns: 3 of 3 bodies") == true)
    let accountability = try #require(
      lines.first { $0.contains("accountability-after-interview") })
    #expect(accountability.hasPrefix("::error file="))
    #expect(accountability.contains("obligations.yaml,line=3,col=5,"))
    #expect(lines.contains { $0.hasPrefix("::notice ") && $0.contains("violation/unreported") })
    #expect(lines.contains { $0.hasPrefix("::warning ") && $0.contains("supervise-order") })
  }

  @Test func workflowCommandTextIsEscaped() {
    #expect(GitHubReport.data("50% a\nb") == "50%25 a%0Ab")
    #expect(GitHubReport.property("a:b,c") == "a%3Ab%2Cc")
  }
}
