import Testing

@testable import RuleParser

@Suite struct TimeTextCursorTests {
  static func cursor(_ text: String) -> TimeTextCursor {
    TimeTextCursor(Array(text.unicodeScalars))
  }

  @Test(arguments: [
    ("一", 1, 1), ("十", 10, 1), ("十二", 12, 2), ("二十", 20, 2), ("二十三", 23, 3), ("两", 2, 1),
    ("一百零五", 105, 4), ("三千", 3000, 2), ("二三", 2, 1), ("〇", 0, 1), ("十二月", 12, 2),
    ("百十", 100, 1),
  ])
  func readsChineseNumerals(_ text: String, _ value: Int, _ length: Int) {
    var cursor = Self.cursor(text)
    #expect(cursor.readChinese() == value)
    #expect(cursor.index == length)
  }

  @Test func readsArabicDigitsWithinALimit() {
    var cursor = Self.cursor("12月")
    #expect(cursor.readArabic(maxDigits: 2) == 12)
    #expect(cursor.index == 2)
    var long = Self.cursor("123月")
    #expect(long.readArabic(maxDigits: 2) == nil)
    #expect(long.index == 0)
    var wide = Self.cursor("１２")
    #expect(wide.readArabic(maxDigits: 2) == 12)
    var none = Self.cursor("月")
    let arabic = none.readArabic(maxDigits: 2)
    let chinese = none.readChinese()
    #expect(arabic == nil && chinese == nil && none.index == 0)
  }

  @Test(arguments: [
    ("2017年", TimeTextCursor.Year.number(2017)), ("二〇一七年", .number(2017)),
    ("２０１７", .number(2017)), ("0000", .number(0)),
  ])
  func readsYears(_ text: String, _ year: TimeTextCursor.Year) {
    var cursor = Self.cursor(text)
    #expect(cursor.readYear(allowRedacted: false) == year)
    #expect(cursor.index == 4)
  }

  @Test(arguments: ["201年", "20171年", "二〇一年", "二〇一七八", "17年", "20XX年"])
  func rejectsNonYears(_ text: String) {
    var cursor = Self.cursor(text)
    #expect(cursor.readYear(allowRedacted: false) == nil)
    #expect(cursor.index == 0)
  }

  @Test func readsRedactedYearsOnlyWhenAllowed() {
    var cursor = Self.cursor("20XX年")
    #expect(cursor.readYear(allowRedacted: true) == .redacted)
    #expect(cursor.index == 4)
    var longer = Self.cursor("20XXX年")
    #expect(longer.readYear(allowRedacted: true) == nil)
  }

  @Test func consumesLiteralsOrNothing() {
    var cursor = Self.cursor("截至2017年")
    #expect(cursor.consume(anyOf: ["截止", "截至"]) == "截至")
    #expect(cursor.index == 2)
    let consumed = cursor.consume("2018")
    #expect(!consumed)
    #expect(cursor.index == 2)
    #expect(cursor.previous == "至" && cursor.peek() == "2" && cursor.peek(100) == nil)
  }
}
