import Testing

@testable import RuleEngine

@Suite struct LedgerCSVReaderTests {
  private func texts(_ text: String) throws -> [[String]] {
    try CSVReader(text).records().get().map { $0.map(\.text) }
  }

  @Test func readsQuotedFieldsWithDoubledQuotesAndLineBreaks() throws {
    let records = try texts("a,\"b,\"\"c\"\"\",d\r\n\"x\ny\",,\r\n")
    #expect(records == [["a", "b,\"c\"", "d"], ["x\ny", "", ""]])
  }

  @Test func numbersRowsByRecordAndColumnsByField() throws {
    let records = try CSVReader("a,b\r\n\"multi\nline\",c\r\nd,e,f\r\n").records().get()
    #expect(records.map { $0.map(\.row) } == [[1, 1], [2, 2], [3, 3, 3]])
    #expect(records[2].map(\.column) == [1, 2, 3])
    #expect(records[2].map(\.offset) == [21, 23, 25])
  }

  @Test func countsOffsetsInBytesAfterAByteOrderMark() throws {
    let records = try CSVReader("状态,x\n", baseOffset: 3).records().get()
    #expect(records[0].map(\.offset) == [3, 10])
  }

  @Test func acceptsLFAndCRLineEndsAndAMissingLastOne() throws {
    #expect(try texts("a\nb\rc\r\nd") == [["a"], ["b"], ["c"], ["d"]])
  }

  @Test func keepsAnEmptyLastFieldAfterATrailingComma() throws {
    #expect(try texts("a,") == [["a", ""]])
  }

  @Test func readsSemicolonOrTabDelimitedFilesWhenTheFirstLineHasNoComma() throws {
    #expect(try texts("a;b;c\r\n1;2,5;3\r\n") == [["a", "b", "c"], ["1", "2,5", "3"]])
    #expect(try texts("a\tb\r\n1\t2\r\n") == [["a", "b"], ["1", "2"]])
  }

  @Test func reportsAnUnterminatedQuoteWhereItOpens() {
    let result = CSVReader("a,b\r\nc,\"open\r\nmore").records()
    #expect(throws: CSVReader.UnterminatedQuote(row: 2, column: 2, offset: 7)) {
      try result.get()
    }
  }
}
