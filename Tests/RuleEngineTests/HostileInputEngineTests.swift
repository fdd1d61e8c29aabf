import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// The engine's side of hostile input: linear matching, bounded work,
/// ledgers that are cut short or too long, values that used to slip through.
@Suite struct HostileInputEngineTests {
  // MARK: Quotes and the closest passage

  @Test func aLongQuoteAgainstALongDocumentIsMatchedInLinearTime() {
    // Every position of the document starts the quote's first pair:
    // compared naively, 200,000 × 100,000 scalars.
    let document = SourceDocument(path: "d", text: String(repeating: "a", count: 200_000))
    let quote = String(repeating: "a", count: 100_000) + "b"
    let start = Date()
    #expect(document.line(of: quote) == nil)
    #expect(document.byteRanges(of: quote).isEmpty)
    #expect(document.closestPassage(to: quote)?.count == SourceDocument.maximumPassageLength)
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test func theClosestPassageNeedsARealPartialMatch() {
    let document = SourceDocument(
      path: "d", text: "root:x:0:0:root:/root:/bin/bash\nSECRET=hunter2\n")
    // Shares a few characters only: no text of the document is shown.
    #expect(document.closestPassage(to: "各市州完成root整改") == nil)
    #expect(document.closestPassage(to: "x:0:0") == nil)
    // A real partial match shows the passage around it.
    let shown = document.closestPassage(to: "root:x:0:0:root:/home")
    #expect(shown?.hasPrefix("root:x:0:0:root:/") == true)
  }

  @Test func exactMatchesStillFindEveryOccurrence() {
    let document = SourceDocument(path: "d", text: "甲乙 甲乙甲\n乙甲乙")
    #expect(document.byteRanges(of: "甲乙").count == 4)
    #expect(document.line(of: "甲乙甲乙") == 1)
  }

  // MARK: Group chains and instance caps

  @Test func aDeepChainOfGroupsResolvesInLinearTime() {
    var yaml = "bodies:\n  end: {name: 末端}\n"
    let depth = 15_000
    for index in 0..<depth {
      let member = index == depth - 1 ? "end" : "g\(index + 1)"
      yaml += "  g\(index): {name: 组\(index), members: [\(member)]}\n"
    }
    yaml += "plan: {id: p, title: t}\n"
    yaml += "obligations:\n  a: {title: x, responsible: g0, due: 2017-08-01}\n"
    var diagnostics = Diagnostics()
    let start = Date()
    let documents = YAMLLoader().load(Array(yaml.utf8), file: "chain.yaml", into: &diagnostics)
    let file = RuleFileBuilder(path: "chain.yaml").build(documents, diagnostics: &diagnostics)
    let result = Compiler().compile([file], diagnostics: diagnostics)
    #expect(result.graph?.instances.map(\.body) == ["end"])
    #expect(Date().timeIntervalSince(start) < 20)
  }

  // MARK: Diagnostics past the limit

  @Test func pastTheErrorLimitOnlyTheCountGrows() {
    var full = Diagnostics(errorLimit: 2)
    let error = Diagnostic(.error, code: .inputTooLarge, LocalizedText(en: "x", zh: "x"), at: nil)
    for _ in 0..<5 { full.report(error) }
    #expect(full.all.count == 2 && full.errorCount == 5 && full.isFull)
    var merged = Diagnostics(errorLimit: 3)
    merged.merge(full)
    #expect(merged.all.count == 2 && merged.errorCount == 5)
  }

  // MARK: Values that used to slip through

  @Test(arguments: ["2017-+9-+1", "2017-09-+1", "+017-09-01", "2017- 9-01"])
  func signsAndSpacesAreNoDate(_ text: String) {
    #expect(Day(iso: text) == nil)
    #expect(ReportedValue.day(text) == nil)
  }

  @Test func anOverflowingGapIsTheLargestFiniteNumber() {
    #expect(MetricEvaluator.rounded(.infinity) == .greatestFiniteMagnitude)
    #expect(MetricEvaluator.rounded(1e307) == 1e307)
    #expect(MetricEvaluator.rounded(1.23456) == 1.235)
  }

  @Test func aHugeSequenceStaysWithinRFC5545() {
    #expect(PreviousCalendar.sequence("9223372036854775807") == Int(Int32.max))
    #expect(PreviousCalendar.sequence("99999999999999999999999") == Int(Int32.max))
    #expect(PreviousCalendar.sequence("-5") == 0)
    #expect(PreviousCalendar.sequence("7") == 7)
  }

  // MARK: Ledger rows

  private static let metadata =
    "整改台账 (rulec-ledger/1),计划 (plan),ledger-test,截至日期 (as_of),2017-10-15\r\n"
  private static let header = LedgerColumn.allCases.map(\.header).joined(separator: ",") + "\r\n"

  private func read(_ text: String) throws -> Diagnostics {
    let graph = try #require(LedgerFixture.graph)
    var diagnostics = Diagnostics()
    _ = LedgerSnapshot.read(
      Array(text.utf8), path: "l.csv", graph: graph, asOf: nil, into: &diagnostics)
    return diagnostics
  }

  @Test func aRowCutShortBeforeItsStatusIsAnError() throws {
    let diagnostics = try read(Self.metadata + Self.header + "water.sand-review,x,y\r\n")
    #expect(diagnostics.all.map(\.code.rawValue) == ["E290"])
  }

  @Test func extraCellsAreAnError() throws {
    let cells = ["water.sand-review"] + Array(repeating: "", count: 7) + ["done", "2017-08-30"]
    let row = (cells + Array(repeating: "", count: LedgerColumn.allCases.count - cells.count))
      .joined(separator: ",")
    let diagnostics = try read(Self.metadata + Self.header + row + ",surplus\r\n")
    #expect(diagnostics.all.map(\.code.rawValue) == ["E291"])
  }

  @Test func anUnknownLedgerVersionIsAnError() throws {
    let metadata = Self.metadata.replacingOccurrences(of: "rulec-ledger/1", with: "rulec-ledger/99")
    let diagnostics = try read(metadata + Self.header)
    #expect(diagnostics.all.map(\.code.rawValue).contains("E292"))
  }
}
