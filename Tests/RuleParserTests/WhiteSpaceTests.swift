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
    " \r\n ", "\u{2028}\u{2029}", "\u{200B}",
  ])
  func isBlankAgreesWithCharacters(_ text: String) {
    #expect(WhiteSpace.isBlank(text) == text.allSatisfy(\.isWhitespace))
  }
}
