import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// The parts of an .xlsx that the reader interprets itself: shared strings,
/// date styles, serial numbers, cell references; and GB18030 text.
@Suite struct WorkbookReaderTests {
  @Test func sharedStringsJoinRichTextAndSkipPhoneticRuns() throws {
    let xml = """
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <si><t>编号 (id)</t></si>
      <si><r><t>已</t></r><r><rPr><b/></rPr><t>完成</t></r><rPh><t>イ</t></rPh></si>
      <si><t xml:space="preserve"> a&amp;b </t></si></sst>
      """
    let events = try #require(XMLEvents.parse(Data(xml.utf8)))
    #expect(WorkbookReader.sharedStrings(events) == ["编号 (id)", "已完成", " a&b "])
  }

  @Test func dateStylesAreFoundByBuiltInAndCustomFormats() throws {
    let xml = """
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
      <numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="[$-F800]dddd"/></numFmts>
      <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>
      <xf numFmtId="49"/><xf numFmtId="166"/></cellXfs></styleSheet>
      """
    let events = try #require(XMLEvents.parse(Data(xml.utf8)))
    #expect(WorkbookReader.dateStyles(events) == [false, true, true, false, false, true])
    #expect(!WorkbookReader.isDateFormat("#,##0.00"))
    #expect(!WorkbookReader.isDateFormat("\"day\" 0"))
  }

  @Test func serialNumbersAreExcelDays() {
    #expect(SpreadsheetCell.serial(of: Day(year: 2017, month: 7, day: 31)!) == 42947)
    #expect(SpreadsheetCell.day(serial: 42947.75) == Day(year: 2017, month: 7, day: 31))
    #expect(SpreadsheetCell.day(serial: -1) == nil)
    #expect(SpreadsheetCell.day(serial: .nan) == nil)
  }

  @Test func cellReferencesAndColumnLetters() {
    #expect(SpreadsheetCell.letters(1) == "A")
    #expect(SpreadsheetCell.letters(26) == "Z")
    #expect(SpreadsheetCell.letters(27) == "AA")
    #expect(SpreadsheetCell.position("AB12")?.column == 28)
    #expect(SpreadsheetCell.position("AB12")?.row == 12)
    #expect(SpreadsheetCell.position("12AB") == nil)
    #expect(SpreadsheetCell.position("A") == nil)
  }

  @Test func aNonZipAndAZipWithoutAWorkbookAreUnreadable() throws {
    #expect(throws: WorkbookReader.Unreadable.self) {
      try WorkbookReader(Array("PK\u{3}\u{4}x".utf8))
    }
    let graph = try #require(LedgerFixture.graph)
    let workbook = try Ledger(graph: graph).xlsx()
    let records = try WorkbookReader([UInt8](workbook)).records()
    #expect(records.count == graph.instances.count + 2)
    #expect(records[1].map(\.text) == LedgerColumn.allCases.map(\.header))
  }

  @Test func gb18030DecodesGBKAndRejectsOtherBytes() {
    #expect(GB18030Text.decode([0xD7, 0xB4, 0xCC, 0xAC]) == "状态")
    #expect(GB18030Text.decode([0x61, 0x80]) == nil)
    #expect(GB18030Text.decode([0xFF, 0xFF]) == nil)
  }

  @Test func aByteOrderMarkInsideACSVNeverReachesACell() throws {
    let reader = CSVReader("a,\u{FEFF}b\r\n\u{FEFF}整改台账,c\r\n")
    let records = try reader.records().get()
    #expect(records.map { $0.map(\.text) } == [["a", "b"], ["整改台账", "c"]])
  }
}
