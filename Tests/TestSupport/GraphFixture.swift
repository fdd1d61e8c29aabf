import Foundation
import RuleEngine
import RuleParser
import Testing

/// The graph-export fixture plan (Tests/Fixtures/GraphExport/plan), its
/// filled-in ledger, and its golden files, shared by the graph tests.
package enum GraphFixture {
  package static let folder = Fixtures.folder("GraphExport")

  /// The compiled fixture plan.
  package static let graph: ObligationGraph? = {
    Compiler().compile(rulesAt: folder.appendingPathComponent("plan/rules").path).graph
  }()

  /// The fixture ledger `snapshot.csv`, read back (as of 2017-10-15).
  package static func snapshot() throws -> Snapshot {
    let graph = try #require(Self.graph)
    let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("snapshot.csv")))
    var diagnostics = Diagnostics()
    let snapshot = LedgerSnapshot.read(
      bytes, path: "snapshot.csv", graph: graph, asOf: nil, into: &diagnostics)
    return try #require(snapshot)
  }

  /// Compares `text` with the golden file `name` of the fixture folder, or
  /// re-records it under `RULEC_RECORD`.
  package static func expectGolden(
    _ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    try Golden.expect(
      text, matches: folder.appendingPathComponent(name), sourceLocation: sourceLocation)
  }

  /// The diagram of the fixture plan.
  package static func diagram(
    _ granularity: DependencyDiagram.Granularity = .obligations, focus: String? = nil,
    shaded: Bool = false
  ) throws -> DependencyDiagram {
    let graph = try #require(Self.graph)
    return DependencyDiagram(
      graph: graph, granularity: granularity, focus: focus,
      snapshot: shaded ? try snapshot() : nil)
  }
}
