import Testing

@testable import RuleEngine

@Suite struct LedgerMarkdownTextTests {
  @Test(arguments: [
    ("a|b", "a\\|b"),
    ("省*政府", "省\\*政府"),
    ("PM2.5<35", "PM2.5&lt;35"),
    ("一\n二\r\n三", "一<br>二<br>三"),
    ("`x` [y] _z_ ~w~ #1", "\\`x\\` \\[y\\] \\_z\\_ \\~w\\~ \\#1"),
  ])
  func escapesMarkupAndLineBreaks(_ text: String, _ expected: String) {
    #expect(MarkdownText.escaped(text) == expected)
  }
}
