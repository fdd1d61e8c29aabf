import TestSupport
import Testing

@testable import RuleEngine

@Suite struct GraphExportMermaidTests {
  @Test func matchesTheGoldenFiles() throws {
    try GraphFixture.expectGolden(GraphFixture.diagram().mermaid(), "plan.mmd")
    try GraphFixture.expectGolden(GraphFixture.diagram(shaded: true).mermaid(), "plan-snapshot.mmd")
  }

  @Test func writesSubgraphsNodesAndStyledCriticalLinks() throws {
    let lines = try GraphFixture.diagram().mermaid().split(separator: "\n")
    #expect(lines[1] == "flowchart LR")
    #expect(lines.contains("  subgraph c_cities[\"各市州\"]"))
    #expect(lines.filter { $0.hasSuffix("end") }.count == 3)
    let links = lines.filter { $0.contains(" --> ") }
    #expect(
      links == [
        "  n_check_quick --> n_check_long", "  n_scheme_draft --> n_check_quick",
        "  n_scheme_draft --> n_scheme_review", "  n_scheme_review --> n_scheme_implement",
      ])
    #expect(lines.contains("  linkStyle 2,3 stroke:#d73027,stroke-width:3px"))
  }

  @Test func writesSyntaxCharactersAsEntityCodes() {
    #expect(
      MermaidText.label(["a\"b", "<c> & #1 `d`"])
        == "\"a#quot;b<br/>#lt;c#gt; #amp; #35;1 #96;d#96;\"")
  }

  @Test func keepsIdsApartThatDifferOnlyInPunctuation() {
    let ids = MermaidText.ids("n_", for: ["a.b", "a-b", "a_b", "x@y#2017-Q3"])
    #expect(ids["a.b"] == "n_a_b")
    #expect(ids["a-b"] == "n_a_b_2")
    #expect(ids["a_b"] == "n_a_b_3")
    #expect(ids["x@y#2017-Q3"] == "n_x_y_2017_Q3")
  }
}
