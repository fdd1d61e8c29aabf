import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// The bundled plan's ledgers in examples/ledger stay what `rulec ledger`
/// writes for rules/ (`RULEC_RECORD=1` rewrites them).
@Suite struct LedgerExamplesTests {
  @Test func theLedgerExamplesAreCurrent() throws {
    let graph = try #require(BundledPlan.graph)
    try BundledPlan.expectExample(Ledger(graph: graph).csv(), "examples/ledger/ledger.csv")
    try BundledPlan.expectExample(Ledger(graph: graph).markdown(), "examples/ledger/ledger.md")
    let lanzhou = Ledger(graph: graph, body: graph.body("lanzhou"))
    try BundledPlan.expectExample(lanzhou.csv(), "examples/ledger/ledger-lanzhou.csv")
  }

  @Test func theFilledExampleReadsBackAsASnapshot() throws {
    let graph = try #require(BundledPlan.graph)
    let path = "examples/ledger/ledger-lanzhou-filled.csv"
    let bytes = try [UInt8](Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(path)))
    var diagnostics = Diagnostics()
    let snapshot = LedgerSnapshot.read(
      bytes, path: path, graph: graph, asOf: nil, into: &diagnostics)
    #expect(diagnostics.all.isEmpty)
    let entries = try #require(snapshot).obligations
    #expect(entries.count == 5)
    #expect(entries["rural.no-livestock-zones@lanzhou"]?.falseReport?.value == true)
    #expect(entries["mechanism.special-problems@lanzhou"]?.progress?.value == 0.6)
  }
}
