import Testing

@testable import RuleParser

@Suite struct PrintableTextTests {
  @Test(arguments: [
    ("a\u{1B}]0;x\u{07}b", "a\\u{1B}]0;x\\u{7}b"),
    ("x\ny\r", "x\\ny\\r"),
    ("nul\u{0}", "nul\\u{0}"),
    ("c1\u{9B}31m", "c1\\u{9B}31m"),
    ("\u{202E}evil\u{2066}", "\\u{202E}evil\\u{2066}"),
    ("tab\tkept 整改", "tab\tkept 整改"),
  ])
  func escapesControlAndBidiCharacters(_ input: String, _ expected: String) {
    #expect(PrintableText.escaping(input) == expected)
  }

  @Test func aTitleWithANewlineCannotFakeALine() {
    let text = PrintableText.joinedLines(["title\n::error file=x::fake", "next"])
    #expect(text == "title\\n::error file=x::fake\nnext\n")
  }

  @Test func excerptsOfLongLinesAreCutAroundTheColumn() {
    let sources = SourceLines()
    let line =
      String(repeating: "x", count: 100_000) + "BAD" + String(repeating: "y", count: 100_000)
    sources.register(line, for: "long.yaml")
    let start = SourceLocation(file: "long.yaml", line: 1, column: 100_001, offset: 100_000)
    var end = start
    end.column += 3
    let diagnostic = Diagnostic(
      .error, code: .inputTooLarge, LocalizedText(en: "bad", zh: "bad"),
      at: SourceRange(start: start, end: end))
    let text = DiagnosticRenderer(language: .en, sources: sources).render(diagnostic)
    #expect(text.count < 400)
    #expect(text.contains("BAD"))
    #expect(text.contains("^~~"))
  }
}
