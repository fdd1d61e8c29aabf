import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct GraphExportViewTests {
  /// The ids drawn for a view of the bundled plan.
  static func ids(_ view: DiagramView, snapshot: Snapshot? = nil) throws -> [String] {
    let graph = try #require(BundledPlan.graph)
    return DependencyDiagram(graph: graph, snapshot: snapshot, view: view).nodes.map(\.id)
  }

  @Test func aSectionKeepsItsClausesOnly() throws {
    let graph = try #require(BundledPlan.graph)
    let ids = try Self.ids(DiagramView(section: "四（七）"))
    #expect(!ids.isEmpty)
    for id in ids {
      let section = try #require(graph.obligation(id)?.source?.section)
      #expect(section.hasPrefix("四(七)"), "\(id): \(section)")
    }
    #expect(ids.contains("water.sand-plan"))
  }

  @Test func aBodyKeepsTheDutiesItHasAnInstanceOf() throws {
    let graph = try #require(BundledPlan.graph)
    let ids = try Self.ids(DiagramView(body: "lanzhou"))
    #expect(ids.contains("water.sand-plan"))
    let lanzhou = Set(graph.instances.filter { $0.body == "lanzhou" }.map(\.obligation))
    #expect(Set(ids) == lanzhou)
  }

  @Test func overdueKeepsTheViolatedDutiesOnly() throws {
    let graph = try #require(BundledPlan.graph)
    let url = Fixtures.packageRoot.appendingPathComponent("examples/snapshots/2017-10-15.json")
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      SnapshotReader().read(
        [UInt8](Data(contentsOf: url)), file: url.path, path: url.path, asOf: nil,
        into: &diagnostics))
    let diagram = DependencyDiagram(
      graph: graph, snapshot: snapshot, view: DiagramView(violatedOnly: true))
    #expect(
      diagram.nodes.map(\.id) == [
        "air.small-boilers", "mechanism.local-scheduling", "party.quarterly-review",
        "rural.no-livestock-zones", "water.sand-permits", "water.sand-plan",
        "water.sand-plan-approval",
      ])
    #expect(diagram.nodes.allSatisfy { $0.shade == .violated })
  }
}
