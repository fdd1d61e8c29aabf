import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct LedgerTests {
  /// Python's csv module reads the ledger as UTF-8 with BOM: a metadata row,
  /// the header and one 15-field row per instance.
  private static let readWithPython = """
    import csv, json, sys
    raw = open(sys.argv[1], 'rb').read()
    text = raw.decode('utf-8-sig')
    rows = list(csv.reader(text.splitlines(keepends=True), strict=True))
    json.dump({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'rows': rows}, sys.stdout)
    """

  private struct PythonView: Decodable {
    var bom: Bool
    var rows: [[String]]
  }

  private func pythonView(_ ledger: Ledger) throws -> PythonView {
    let file = try LedgerFixture.temporaryFile(ledger.csv())
    defer { try? FileManager.default.removeItem(at: file) }
    let json = try Python.output(Self.readWithPython, [file.path])
    return try JSONDecoder().decode(PythonView.self, from: Data(json.utf8))
  }

  @Test func pythonsCSVModuleReadsEveryRowAndColumn() throws {
    let graph = try #require(LedgerFixture.graph)
    let view = try pythonView(Ledger(graph: graph))
    #expect(view.bom)
    #expect(view.rows.count == graph.instances.count + 2)
    #expect(view.rows.allSatisfy { $0.count == LedgerColumn.allCases.count })
    #expect(view.rows[0].prefix(3) == ["整改台账 (rulec-ledger/1)", "计划 (plan)", "ledger-test"])
    #expect(view.rows[1] == LedgerColumn.allCases.map(\.header))
    #expect(view.rows.dropFirst(2).map(\.first) == graph.instances.map(\.id))
    let review = try #require(view.rows.first { $0.first == "water.sand-review" })
    #expect(review[1] == "'=SUM(A1) 式的内容、\"引号\"与逗号,逐项核对")
    #expect(review[2] == "省环境保护厅")
    #expect(review[4] == "2017-08-31")
    #expect(review[6] == "water.sand-plan@lanzhou; water.sand-plan@zhangye")
    #expect(review[7] == "一2")
    #expect(review[8] == "省环保厅汇总各市州规划,对\"=SUM(A1)\"式的内容、“引号”与逗号逐项核对")
    #expect(review[9...].allSatisfy { $0.isEmpty })
    let sandPlan = try #require(view.rows.first { $0.first == "water.sand-plan@lanzhou" })
    #expect(sandPlan[1...5] == ["完成河道采砂规划编制", "兰州市", "", "2017-07-31", "立行立改"])
  }

  @Test func endsEveryRecordWithCRLFAfterAByteOrderMark() throws {
    let graph = try #require(LedgerFixture.graph)
    let bytes = Array(Ledger(graph: graph).csv().utf8)
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
    #expect(lineFeeds.count == graph.instances.count + 2)
    #expect(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })
    #expect(bytes.last == 0x0A)
  }

  @Test func neutralisesCellsASpreadsheetWouldRunAsFormulas() throws {
    let graph = try #require(LedgerFixture.graph)
    let ledger = Ledger(graph: graph)
    let view = try pythonView(ledger)
    let keep = try #require(view.rows.first { $0.first == "target.keep" })
    #expect(keep[1] == "'-5%的目标持续推进")
    let starts = view.rows.dropFirst(2).flatMap { $0 }.compactMap(\.first)
    #expect(!starts.contains { "=+-@\t\r".contains($0) })
    #expect(ledger.rows.first { $0.instance == "target.keep" }?[.title] == "-5%的目标持续推进")
  }

  @Test func restrictsRowsToABodyOrTheMembersOfAGroup() throws {
    let graph = try #require(LedgerFixture.graph)
    let zhangye = Ledger(graph: graph, body: graph.body("zhangye"))
    #expect(
      zhangye.rows.map(\.instance) == [
        "progress.quarterly@zhangye#2017-Q3", "progress.quarterly@zhangye#2017-Q4",
        "water.sand-plan@zhangye",
      ])
    let cities = Ledger(graph: graph, body: graph.body("cities"))
    #expect(cities.rows.count == 6)
    let view = try pythonView(cities)
    #expect(view.rows[0][7...8] == ["台账范围 (body)", "各市州 (cities)"])
  }

  @Test func writesTheDayToCheckAgainstInTheFirstRow() throws {
    let graph = try #require(LedgerFixture.graph)
    let view = try pythonView(Ledger(graph: graph, asOf: Day(iso: "2017-10-15")))
    #expect(view.rows[0][3...4] == ["截至日期 (as_of)", "2017-10-15"])
  }

  @Test func writesAMarkdownTableWithTheSameColumns() throws {
    let graph = try #require(LedgerFixture.graph)
    let markdown = Ledger(graph: graph, asOf: Day(iso: "2017-10-15")).markdown()
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "# 整改台账：台账测试整改方案")
    #expect(lines.contains("- 截至日期 (as_of)：2017-10-15"))
    let table = lines.filter { $0.hasPrefix("|") }
    #expect(table.count == graph.instances.count + 2)
    let review = try #require(table.first { $0.contains("`water.sand-review`") })
    #expect(review.contains("=SUM(A1) 式的内容、\"引号\"与逗号,逐项核对"))
    #expect(
      review.contains("`water.sand-plan@lanzhou` `water.sand-plan@zhangye`"))
    for row in table {
      let unescaped = row.replacingOccurrences(of: "\\|", with: "")
      #expect(unescaped.filter { $0 == "|" }.count == LedgerColumn.allCases.count + 1)
    }
  }
}
