import TestSupport
import Testing

@testable import RuleParser

/// Each loader diagnostic, triggered by a small input whose markers say
/// where it must point: `1️⃣` the error, `2️⃣` its note, if any.
@Suite struct YAMLDiagnosticTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var code: String
    var yaml: String
    var limits = YAMLLoader.Limits()
    var testDescription: String { "\(code): \(yaml.debugDescription)" }
  }

  static let cases: [Case] = [
    Case(code: "E002", yaml: "1️⃣a: 12\n", limits: YAMLLoader.Limits(maxFileBytes: 4)),
    // U+FFFD stands for a byte 0xFF in the file.
    Case(code: "E003", yaml: "a: b\n名: 1️⃣\u{FFFD}\n"),
    Case(code: "E004", yaml: "a: 1\nb: x1️⃣: y\n"),
    Case(code: "E004", yaml: "a: [1, 2\n1️⃣"),
    Case(code: "E004", yaml: "a:\n1️⃣\tb: 1\n"),
    Case(code: "E005", yaml: "a: [[1️⃣[x]]]\n", limits: YAMLLoader.Limits(maxDepth: 3)),
    Case(code: "E006", yaml: "a: &y 1\nb: 1️⃣*x\n"),
    Case(code: "E007", yaml: "a: 2️⃣&x [1, 1️⃣*x]\n"),
    Case(
      code: "E008", yaml: "a: &x [1, 2]\nb: *x\nc: 1️⃣*x\n",
      limits: YAMLLoader.Limits(maxAliasNodes: 3, aliasNodesPerWrittenNode: 0)),
    Case(code: "E009", yaml: "2️⃣标题: 1\nb: 2\n1️⃣标题: 3\n"),
    Case(code: "E010", yaml: "a:\n  <<: [{b: 1}, 1️⃣c]\n"),
  ]

  @Test(arguments: cases)
  func pointsAtTheProblemWithCodeMessageAndHelp(_ testCase: Case) throws {
    let marked = MarkedYAML(testCase.yaml)
    var bytes: [UInt8] = []
    for scalar in marked.text.unicodeScalars {
      if scalar == "\u{FFFD}" {
        bytes.append(0xFF)
      } else {
        bytes += Array(String(scalar).utf8)
      }
    }
    var diagnostics = Diagnostics()
    _ = YAMLLoader(limits: testCase.limits).load(bytes, file: "test.yaml", into: &diagnostics)
    #expect(diagnostics.errorCount == 1)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == testCase.code)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.range?.start == (try marked.location(1)))
    if let noteLocation = marked.markers[2] {
      #expect(diagnostic.notes.first { $0.kind == .note }?.range?.start == noteLocation)
    }
    #expect(diagnostic.notes.last?.kind == .help)
    #expect(!diagnostic.message.en.isEmpty && !diagnostic.message.zh.isEmpty)
    #expect(diagnostic.message.en != diagnostic.message.zh)
  }

  @Test(arguments: [
    ("a: b: c\n", "quote the value"),
    ("a:\n\tb: 1\n", "not tabs"),
    ("a: [1, 2\n", "close the bracket"),
    ("a: \"x\\qy\"\n", "backslash"),
    ("a: \"open\n", "close the quoted string"),
    ("%YAML 1.1\n%YAML 1.1\n---\na\n", "fix the YAML syntax"),
  ])
  func explainsLibyamlsProblems(_ yaml: String, _ help: String) throws {
    var diagnostics = Diagnostics()
    _ = YAMLLoader().load(Array(yaml.utf8), file: "t.yaml", into: &diagnostics)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E004")
    #expect(diagnostic.notes.last?.message.en.contains(help) == true, "\(diagnostic.message.en)")
  }

  @Test func namesTheUnreadableFileInBothLanguages() {
    let diagnostic = Diagnostic.unreadableFile(
      "rules/a.yaml", reason: LocalizedText(en: "no such file", zh: "文件不存在"))
    #expect(diagnostic.code.rawValue == "E001")
    #expect(diagnostic.message.en == "cannot read 'rules/a.yaml': no such file")
    #expect(diagnostic.message.zh == "无法读取“rules/a.yaml”：文件不存在")
    #expect(diagnostic.notes.map(\.kind) == [.help])
  }
}
