import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

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
    let json = try Python.output(script, [source.path])
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
