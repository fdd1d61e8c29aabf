import Foundation
import RuleParser
import Testing

@testable import RuleEngine

/// The graph-export fixture plan (Tests/Fixtures/GraphExport/plan), its
/// filled-in ledger, and golden-file comparison, shared by the graph tests.
enum GraphFixture {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/GraphExport")

  /// The compiled fixture plan.
  static let graph: ObligationGraph? = {
    Compiler().compile(rulesAt: folder.appendingPathComponent("plan/rules").path).graph
  }()

  /// The fixture ledger `snapshot.csv`, read back (as of 2017-10-15).
  static func snapshot() throws -> Snapshot {
    let graph = try #require(Self.graph)
    let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("snapshot.csv")))
    var diagnostics = Diagnostics()
    let snapshot = LedgerSnapshot.read(
      bytes, path: "snapshot.csv", graph: graph, asOf: nil, into: &diagnostics)
    return try #require(snapshot)
  }

  /// Compares `text` with a golden file, or re-records it under `RULEC_RECORD`.
  static func expectGolden(_ text: String, _ name: String) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RULEC_RECORD"] != nil {
      try Data(text.utf8).write(to: url)
      return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(text == golden, "\(name) differs from the golden file")
  }

  /// The diagram of the fixture plan.
  static func diagram(
    _ granularity: DependencyDiagram.Granularity = .obligations, focus: String? = nil,
    shaded: Bool = false
  ) throws -> DependencyDiagram {
    let graph = try #require(Self.graph)
    return DependencyDiagram(
      graph: graph, granularity: granularity, focus: focus,
      snapshot: shaded ? try snapshot() : nil)
  }
}

@Suite struct GraphExportDOTTests {
  /// A golden DOT file and how it is made.
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var granularity: DependencyDiagram.Granularity
    var shaded: Bool
    var testDescription: String { file }
  }

  static let cases = [
    Case(file: "plan.dot", granularity: .obligations, shaded: false),
    Case(file: "plan-instances.dot", granularity: .instances, shaded: false),
    Case(file: "plan-snapshot.dot", granularity: .obligations, shaded: true),
  ]

  @Test(arguments: cases)
  func matchesTheGoldenFile(_ golden: Case) throws {
    let diagram = try GraphFixture.diagram(golden.granularity, shaded: golden.shaded)
    try GraphFixture.expectGolden(diagram.dot(), golden.file)
  }

  /// Renders with Graphviz and reads the SVG's text back with Python's XML
  /// parser: the labels survive DOT escaping.
  @Test(arguments: cases)
  func rendersWithGraphvizWithoutErrors(_ golden: Case) throws {
    let diagram = try GraphFixture.diagram(golden.granularity, shaded: golden.shaded)
    let source = try LedgerFixture.temporaryFile(diagram.dot(), suffix: ".dot")
    defer { try? FileManager.default.removeItem(at: source) }
    let script = """
      import subprocess, sys, json
      import xml.etree.ElementTree as ET
      run = subprocess.run(['dot', '-Tsvg', sys.argv[1]], capture_output=True)
      root = ET.fromstring(run.stdout)
      texts = [t.text for t in root.iter('{http://www.w3.org/2000/svg}text')]
      json.dump({'status': run.returncode, 'stderr': run.stderr.decode(), 'texts': texts},
                sys.stdout, ensure_ascii=False)
      """
    struct Rendered: Decodable {
      var status: Int
      var stderr: String
      var texts: [String?]
    }
    let json = try LedgerFixture.python(script, [source.path])
    let rendered = try JSONDecoder().decode(Rendered.self, from: Data(json.utf8))
    #expect(rendered.status == 0)
    #expect(rendered.stderr.isEmpty)
    let texts = rendered.texts.compactMap { $0 }
    #expect(texts.contains("制定\"整改方案\"\\路线图"))
    #expect(texts.contains("公开<整改情况> & 问题#1"))
    #expect(texts.contains("图例"))
  }

  @Test func drawsTheCriticalChainInThickRed() throws {
    let dot = try GraphFixture.diagram().dot()
    #expect(dot.contains("\"scheme.draft\" -> \"scheme.review\" [color=\"#d73027\", penwidth=3];"))
    #expect(dot.contains("\"scheme.draft\" -> \"check.quick\";"))
  }

  @Test func escapesQuotesBackslashesAndLineBreaks() {
    #expect(DOTText.quoted("a\"b\\c\nd") == "\"a\\\"b\\\\c d\"")
    #expect(DOTText.label(["一", "\"二\""]) == "\"一\\n\\\"二\\\"\"")
  }
}
