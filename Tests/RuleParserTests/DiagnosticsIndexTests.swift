import Foundation
import RuleParser
import Testing

/// Keeps `docs/diagnostics.md` generated from the catalogue.
///
/// Each code's summary is the doc comment of its `DiagnosticCode` case, with
/// its example and fix from `DiagnosticCode.reference`.
/// `RULEC_RECORD=1 swift test` regenerates the file.
@Suite struct DiagnosticsIndexTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let index = root.appendingPathComponent("docs/diagnostics.md")

  /// Each case's one-line summary, read from the catalogue's source.
  static func summaries() throws -> [String: String] {
    let source = try String(
      contentsOf: root.appendingPathComponent(
        "Sources/RuleParser/Diagnostics/DiagnosticCode.swift"), encoding: .utf8)
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var result: [String: String] = [:]
    for (number, line) in lines.enumerated() where number > 0 {
      let text = line.trimmingCharacters(in: .whitespaces)
      let previous = lines[number - 1].trimmingCharacters(in: .whitespaces)
      guard text.hasPrefix("case "), previous.hasPrefix("/// ") else { continue }
      let name = text.dropFirst(5).prefix { $0 != " " }
      result[String(name)] = String(previous.dropFirst(4))
    }
    return result
  }

  /// The index as it should be.
  static func generated() throws -> String {
    let summaries = try summaries()
    var text = """
      # Diagnostics

      Every diagnostic rulec reports, by code: what it means, a minimal input that \
      raises it, and how to fix it. Codes never change meaning once published. \
      Each diagnostic also carries a `help:` line for the case at hand.

      Generated from `Sources/RuleParser/Diagnostics/DiagnosticCode.swift` and \
      `CodeReference.swift`; regenerate with `RULEC_RECORD=1 swift test --filter \
      DiagnosticsIndexTests`.

      """
    for code in DiagnosticCode.allCases {
      let summary = summaries["\(code)"] ?? ""
      let (example, fix) = code.reference
      text += """

        ## \(code.rawValue) `\(code)`

        \(summary)

        ```text
        \(example)
        ```

        Fix: \(fix.sentence)

        """
    }
    return text
  }

  @Test func indexIsUpToDate() throws {
    let expected = try Self.generated()
    if ProcessInfo.processInfo.environment["RULEC_RECORD"] != nil {
      try expected.write(to: Self.index, atomically: true, encoding: .utf8)
    }
    let written = try String(contentsOf: Self.index, encoding: .utf8)
    #expect(written == expected, "docs/diagnostics.md is stale: run RULEC_RECORD=1 swift test")
  }

  @Test func everyCodeHasASummary() throws {
    let summaries = try Self.summaries()
    for code in DiagnosticCode.allCases {
      #expect(summaries["\(code)"]?.isEmpty == false, "\(code.rawValue) has no doc comment")
    }
  }

  /// The codes the sources raise: a case named where a diagnostic is made
  /// (`code: .name`, or first in a family's arguments, `(.name,`).
  static func raisedCodes() throws -> Set<String> {
    let names = Set(DiagnosticCode.allCases.map { "\($0)" })
    let pattern = try Regex(#"(?:code:\s*|\(\s*)\.([A-Za-z0-9]+)\s*[,)]"#)
    var raised: Set<String> = []
    let sources = root.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
    for file in files ?? [] where file.hasSuffix(".swift") && !file.hasSuffix("CodeReference.swift")
    {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: pattern) {
        if let name = match.output[1].substring.map(String.init), names.contains(name) {
          raised.insert(name)
        }
      }
    }
    return raised
  }

  @Test func everyRaisedCodeIsInTheIndexAndEveryCodeIsRaised() throws {
    let written = try String(contentsOf: Self.index, encoding: .utf8)
    let raised = try Self.raisedCodes()
    for code in DiagnosticCode.allCases {
      #expect(raised.contains("\(code)"), "\(code.rawValue) (\(code)) is never raised: remove it")
      #expect(
        written.contains("## \(code.rawValue) `\(code)`"),
        "\(code.rawValue) is missing from docs/diagnostics.md")
    }
  }
}
