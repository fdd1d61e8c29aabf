import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct GraphExportCriticalChainTests {
  private func node(_ id: String, _ due: String?) -> DependencyDiagram.Node {
    DependencyDiagram.Node(
      id: id, title: id, cluster: "office", due: due.flatMap { Day(iso: $0) },
      obligationClass: nil, shades: [:])
  }

  private func chain(
    _ nodes: [DependencyDiagram.Node], _ edges: [(String, String)]
  ) -> [String] {
    CriticalChain(
      nodes: nodes, edges: edges.map { DependencyDiagram.Edge(from: $0.0, to: $0.1) }
    ).chain
  }

  @Test func prefersTheChainSpanningMoreDaysOverTheOneWithMoreLinks() {
    let nodes = [
      node("a", "2017-01-01"), node("b", "2017-02-01"), node("c", "2017-03-01"),
      node("d", "2017-04-01"), node("x", "2017-01-01"), node("y", "2018-01-01"),
    ]
    #expect(chain(nodes, [("a", "b"), ("b", "c"), ("c", "d"), ("x", "y")]) == ["x", "y"])
  }

  @Test func breaksTiesInDaysByLinksThenByIds() {
    let nodes = [
      node("a", "2017-01-01"), node("b", "2017-03-01"), node("c", "2017-06-30"),
      node("d", "2017-06-30"),
      node("e", "2017-01-01"),
    ]
    #expect(chain(nodes, [("a", "c"), ("a", "b"), ("b", "d"), ("e", "c")]) == ["a", "b", "d"])
    #expect(chain(nodes, [("a", "c"), ("e", "d")]) == ["a", "c"])
  }

  @Test func countsLinksToDutiesWithoutDateAsNothing() {
    let nodes = [node("a", "2017-01-01"), node("b", nil), node("c", "2017-06-30")]
    #expect(chain(nodes, [("a", "b"), ("b", "c")]) == ["a", "b", "c"])
    #expect(
      chain(nodes + [node("d", "2017-02-01")], [("a", "b"), ("b", "c"), ("a", "d")]) == ["a", "d"])
  }

  @Test func countsALinkBackInTimeAsNothing() {
    let nodes = [node("a", "2017-06-30"), node("b", "2017-01-01"), node("c", "2017-03-01")]
    #expect(chain(nodes, [("a", "b"), ("b", "c")]) == ["a", "b", "c"])
    #expect(CriticalChain.gap(from: Day(iso: "2017-06-30"), to: Day(iso: "2017-01-01")) == 0)
  }

  @Test func isEmptyWithoutEdges() {
    #expect(chain([node("a", "2017-01-01"), node("b", "2018-01-01")], []).isEmpty)
  }

  @Test func findsTheFixturePlansChainAmongObligationsAndInstances() throws {
    #expect(
      try GraphFixture.diagram().criticalChain
        == ["scheme.draft", "scheme.review", "scheme.implement"])
    #expect(
      try GraphFixture.diagram(.instances).criticalChain
        == ["scheme.draft", "scheme.review", "scheme.implement@lanzhou"])
  }

  @Test func listsTheChainAsText() throws {
    let diagram = try GraphFixture.diagram()
    try GraphFixture.expectGolden(diagram.criticalChainText(language: .en), "critical-en.txt")
    let zh = diagram.criticalChainText(language: .zh)
    #expect(zh.hasPrefix("关键链：3 项任务，跨度 334 天（2017-07-31 → 2018-06-30）\n"))
    let empty = try GraphFixture.diagram(focus: "publicity").criticalChainText(language: .en)
    #expect(empty == "no dependency chain: no duty here waits for another\n")
  }
}
