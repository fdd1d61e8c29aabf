import TestSupport
import Testing

@testable import RuleEngine

@Suite struct GraphExportNeighbourhoodTests {
  @Test(arguments: [
    ("scheme.review", ["scheme.draft", "scheme.implement", "scheme.review"]),
    ("check.quick", ["check.long", "check.quick", "scheme.draft"]),
    ("scheme.implement@zhangye", ["scheme.draft", "scheme.implement", "scheme.review"]),
    ("publicity", ["publicity"]),
  ])
  func keepsPrerequisitesAndDependentsTransitively(_ focus: String, _ kept: [String]) throws {
    let diagram = try GraphFixture.diagram(focus: focus)
    #expect(diagram.nodes.map(\.id) == kept)
    #expect(diagram.edges.allSatisfy { kept.contains($0.from) && kept.contains($0.to) })
    #expect(diagram.clusters.flatMap(\.nodes).sorted() == kept)
  }

  @Test func focusesOnEveryInstanceOfAnObligationAmongInstances() throws {
    let diagram = try GraphFixture.diagram(.instances, focus: "scheme.implement")
    #expect(
      diagram.nodes.map(\.id) == [
        "scheme.draft", "scheme.implement@lanzhou", "scheme.implement@zhangye", "scheme.review",
      ])
    let single = try GraphFixture.diagram(.instances, focus: "scheme.implement@zhangye")
    #expect(
      single.nodes.map(\.id) == ["scheme.draft", "scheme.implement@zhangye", "scheme.review"])
  }

  @Test func clustersObligationsByTheirLeadBodyAndInstancesByTheirBody() throws {
    let obligations = try GraphFixture.diagram()
    #expect(obligations.clusters.map(\.id) == ["cities", "env-dept", "office"])
    #expect(obligations.clusters.map(\.label) == ["各市州", "省环保厅", "省整改办公室"])
    let instances = try GraphFixture.diagram(.instances)
    #expect(instances.clusters.map(\.id) == ["env-dept", "lanzhou", "office", "zhangye"])
  }
}
