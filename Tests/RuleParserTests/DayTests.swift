import Testing

@testable import RuleParser

@Suite struct DayTests {
  @Test func parsesISODates() throws {
    let day = try #require(Day(iso: "2017-07-31"))
    #expect(day.year == 2017 && day.month == 7 && day.day == 31)
    #expect(Day(iso: "2017-02-30") == nil)
    #expect(Day(iso: "2016-02-29") != nil)
    #expect(Day(iso: "2017-7-31") == nil)
  }

  /// Only `YYYY-MM-DD` in ASCII digits is a date: no other digits, signs,
  /// separators, spaces or marks, in a string or a part of one.
  @Test(arguments: [
    "2017-07-3１", "２017-07-31", "2017-07-31 ", " 2017-07-31", "2017/07/31", "2017-07--1",
    "+017-07-31", "2017-0731-", "2017-07-3\u{301}", "20170-7-31", "2017-13-01", "0000-01-01", "",
  ])
  func rejectsWhatIsNotAnISODate(_ text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test func parsesAnISODateInPartOfAString() throws {
    let text = "due 2017-08-31."
    let part = text.dropFirst(4).dropLast()
    #expect(Day(iso: part) == Day(year: 2017, month: 8, day: 31))
    #expect(Day(iso: "9999-12-31") == Day(year: 9999, month: 12, day: 31))
  }

  @Test(arguments: ["1970-01-01", "2000-02-29", "2017-07-01", "2020-12-31", "1899-03-01"])
  func ordinalRoundTrips(_ text: String) throws {
    let day = try #require(Day(iso: text))
    #expect(Day(ordinal: day.ordinal) == day)
    #expect(day.description == text)
  }

  @Test func arithmetic() throws {
    let day = try #require(Day(iso: "2017-01-31"))
    #expect(day.adding(months: 1).description == "2017-02-28")
    #expect(day.adding(days: 1).description == "2017-02-01")
    #expect(day.days(until: try #require(Day(iso: "2017-03-02"))) == 30)
  }
}
