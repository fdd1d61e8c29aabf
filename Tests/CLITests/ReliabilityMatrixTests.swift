import Foundation
import Testing

/// Checks the bad-input matrix of `docs/reliability.md` against the golden
/// cases it names: each row's exit code and first error code are the
/// recorded ones, and the matrix has at least 100 rows.
@Suite struct ReliabilityMatrixTests {
  struct Row: CustomStringConvertible {
    var name: String
    var code: String
    var exit: String
    var description: String { name }
  }

  static let rows: [Row] = {
    let docs = GoldenCaseTests.casesRoot
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/reliability.md")
    let text = (try? String(contentsOf: docs, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line -> Row? in
      let cells = line.split(separator: "|", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      // | area | `case` | code | message | exit |
      guard cells.count >= 7, cells[2].hasPrefix("`"), cells[2].hasSuffix("`") else { return nil }
      let name = String(cells[2].dropFirst().dropLast())
      return Row(name: name, code: cells[3], exit: cells[cells.count - 2])
    }
  }()

  @Test func theMatrixHasAtLeastAHundredCases() {
    #expect(Self.rows.count >= 100)
  }

  @Test(arguments: rows)
  func eachRowMatchesItsGoldenCase(_ row: Row) throws {
    let folder = GoldenCaseTests.casesRoot.appendingPathComponent(row.name)
    let exit = try String(contentsOf: folder.appendingPathComponent("exit"), encoding: .utf8)
    #expect(exit.trimmingCharacters(in: .whitespacesAndNewlines) == row.exit)
    let stderr = try String(contentsOf: folder.appendingPathComponent("stderr"), encoding: .utf8)
    let first = stderr.split(separator: "\n").first { $0.contains("error") }
    if row.code == "—" {
      #expect(first.map { !$0.contains("error[") } ?? true)
    } else {
      #expect(first?.contains("error[\(row.code)]") == true)
    }
  }
}
