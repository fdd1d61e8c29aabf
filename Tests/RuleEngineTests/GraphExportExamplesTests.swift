import Foundation
import TestSupport
import Testing

@testable import RuleEngine

/// The bundled plan's pictures in examples/graph stay what `rulec graph`
/// draws for rules/ (`RULEC_RECORD=1` rewrites them and re-renders the SVGs).
@Suite struct GraphExportExamplesTests {
  @Test func theGraphExamplesAreCurrent() throws {
    let graph = try #require(BundledPlan.graph)
    let whole = DependencyDiagram(graph: graph)
    let redline = DependencyDiagram(graph: graph, focus: "goals.redline")
    try BundledPlan.expectExample(whole.dot(), "examples/graph/graph.dot")
    try BundledPlan.expectExample(whole.mermaid(), "examples/graph/graph.mmd")
    try BundledPlan.expectExample(
      whole.criticalChainText(language: .en), "examples/graph/critical.txt")
    try BundledPlan.expectExample(redline.dot(), "examples/graph/redline.dot")
    if Fixtures.recording {
      for name in ["graph", "redline"] { try render(name) }
    }
  }

  @Test func theBundledPlansGraphRendersWithGraphvizWithoutWarnings() throws {
    let graph = try #require(BundledPlan.graph)
    let source = try LedgerFixture.temporaryFile(
      DependencyDiagram(graph: graph).dot(), suffix: ".dot")
    defer { try? FileManager.default.removeItem(at: source) }
    let script = """
      import subprocess, sys
      run = subprocess.run(['dot', '-Tsvg', sys.argv[1]], capture_output=True)
      sys.stdout.write('%d|%s|%d' % (run.returncode, run.stderr.decode(), len(run.stdout)))
      """
    let result = try Python.output(script, [source.path])
      .split(separator: "|", omittingEmptySubsequences: false)
    #expect(result.first == "0")
    #expect(result.dropFirst().first == "")
    #expect((Int(result.last ?? "") ?? 0) > 100_000)
  }

  private func render(_ name: String) throws {
    let folder = Fixtures.packageRoot.appendingPathComponent("examples/graph")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    process.arguments = [
      "-Tsvg", folder.appendingPathComponent("\(name).dot").path,
      "-o", folder.appendingPathComponent("\(name).svg").path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
