import Testing

@testable import RuleEngine

@Suite struct LedgerCSVTextTests {
  @Test(arguments: ["=SUM(A1)", "+1", "-5%", "@cmd", "\tx", "\rx", "'quoted", "'=x", "'"])
  func neutralisesFormulaTriggersReversibly(_ value: String) {
    let written = CSVText.neutralised(value)
    #expect(written == "'" + value)
    #expect(CSVText.restored(written) == value)
  }

  @Test(arguments: ["2017-07-31", "完成", "a=b", " =x", ""])
  func leavesOtherCellsAlone(_ value: String) {
    #expect(CSVText.neutralised(value) == value)
    #expect(CSVText.restored(value) == value)
  }

  @Test func quotesFieldsWithCommasQuotesAndLineBreaks() {
    #expect(CSVText.field("plain") == "plain")
    #expect(CSVText.field("a,b") == "\"a,b\"")
    #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVText.field("one\ntwo") == "\"one\ntwo\"")
    #expect(CSVText.record(["=1", "a,b", ""]) == "'=1,\"a,b\",\r\n")
  }
}
