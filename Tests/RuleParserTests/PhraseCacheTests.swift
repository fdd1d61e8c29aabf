import Testing

@testable import RuleParser

@Suite struct PhraseCacheTests {
  @Test(arguments: ["2018年3月底前", "2017-07-31", "2017年13月底前", "", "明年", "2018年3月底前"])
  func givesWhatParsingGives(_ text: String) {
    let cache = PhraseCache()
    for _ in 0..<2 {
      #expect("\(cache.day(text))" == "\(DeadlinePhrase.parse(text))")
    }
  }

  @Test(arguments: ["3年内", "10 days", "2017年底前", "2017-12-31", "soon", "", "3年内"])
  func readsADueAsASpanElseAsADay(_ text: String) {
    let cache = PhraseCache()
    let expected =
      if case .success(let span) = TimeSpan.parse(text) {
        "span \(span)"
      } else {
        "day \(DeadlinePhrase.parse(text))"
      }
    for _ in 0..<2 {
      switch cache.due(text) {
      case .span(let span): #expect("span \(span)" == expected)
      case .day(let day): #expect("day \(day)" == expected)
      }
    }
  }

  @Test(arguments: ["10 days", "两个月", "3 weeks", "soon", "10 days"])
  func givesWhatSpanParsingGives(_ text: String) {
    let cache = PhraseCache()
    for _ in 0..<2 {
      #expect("\(cache.span(text))" == "\(TimeSpan.parse(text))")
    }
  }
}

@Suite struct PhraseCacheSpellingTests {
  @Test func tellsCanonicallyEquivalentSpellingsApart() {
    let cache = PhraseCache()
    // U+212B ANGSTROM SIGN and U+00C5 are the same character to String's ==.
    let first = "2018年3月底前\u{212B}"
    let second = "2018年3月底前\u{00C5}"
    #expect(first == second)
    #expect("\(cache.day(first))" == "\(DeadlinePhrase.parse(first))")
    #expect("\(cache.day(second))" == "\(DeadlinePhrase.parse(second))")
  }
}
