import Testing

@testable import RuleParser

@Suite struct WhiteSpaceTests {
  @Test func agreesWithTheCharacterDatabaseOnEveryScalar() {
    var disagreements: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if WhiteSpace.contains(scalar) != scalar.properties.isWhitespace {
        disagreements.append(value)
      }
    }
    #expect(disagreements.isEmpty)
  }

  @Test(arguments: [
    "", " ", "\t\n", "\u{3000}", "\u{3000}\u{0301}", " a", "a ", "整改", "\u{0301}", "\u{00A0}x",
    " \r\n ", "\u{2028}\u{2029}", "\u{200B}", "\u{0085}", "\u{1680}", "\u{205F}x", "\u{3000}整改",
    "\u{00C0}", "\u{1E00}", "\u{2030}", "\u{3001}", "\u{00A0}\u{2000}",
  ])
  func isBlankAgreesWithCharacters(_ text: String) {
    #expect(WhiteSpace.isBlank(text) == text.allSatisfy(\.isWhitespace))
  }
}
