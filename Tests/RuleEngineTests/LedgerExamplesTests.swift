import Foundation
import RuleParser
import Testing

@testable import RuleEngine

/// The bundled plan's ledgers in examples/ledger stay what `rulec ledger`
/// writes for rules/ (`RULEC_RECORD=1` rewrites them).
@Suite struct LedgerExamplesTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled plan, compiled once.
  static let graph: ObligationGraph? = {
    Compiler().compile(rulesAt: root.appendingPathComponent("rules").path).graph
  }()

  static func expectExample(_ text: String, _ path: String) throws {
    let url = root.appendingPathComponent(path)
    if ProcessInfo.processInfo.environment["RULEC_RECORD"] != nil {
      try Data(text.utf8).write(to: url)
      return
    }
    let example = try Data(contentsOf: url)
    #expect(
      example == Data(text.utf8), "\(path) is stale: RULEC_RECORD=1 swift test --filter Examples")
  }

  @Test func theLedgerExamplesAreCurrent() throws {
    let graph = try #require(Self.graph)
    try Self.expectExample(Ledger(graph: graph).csv(), "examples/ledger/ledger.csv")
    try Self.expectExample(Ledger(graph: graph).markdown(), "examples/ledger/ledger.md")
    let lanzhou = Ledger(graph: graph, body: graph.body("lanzhou"))
    try Self.expectExample(lanzhou.csv(), "examples/ledger/ledger-lanzhou.csv")
  }

  @Test func theFilledExampleReadsBackAsASnapshot() throws {
    let graph = try #require(Self.graph)
    let path = "examples/ledger/ledger-lanzhou-filled.csv"
    let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent(path)))
    var diagnostics = Diagnostics()
    let snapshot = LedgerSnapshot.read(
      bytes, path: path, graph: graph, asOf: nil, into: &diagnostics)
    #expect(diagnostics.all.isEmpty)
    let entries = try #require(snapshot).obligations
    #expect(entries.count == 5)
    #expect(entries["rural.no-livestock-zones@lanzhou"]?.falseReport?.value == true)
    #expect(entries["mechanism.awareness-problems@lanzhou"]?.progress?.value == 0.6)
  }
}
