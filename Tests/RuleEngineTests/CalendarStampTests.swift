import RuleParser
import Testing

@testable import RuleEngine

@Suite struct CalendarStampTests {
  @Test(arguments: [
    ("2017-07-01", "20170701T000000Z"),
    ("2017-07-01T09:30:05Z", "20170701T093005Z"),
    ("2017-07-01T09:30Z", "20170701T093000Z"),
    ("2017-07-01T23:59:59", "20170701T235959Z"),
    ("20170701T093005Z", "20170701T093005Z"),
    ("20170701T0930Z", "20170701T093000Z"),
    ("20170701", "20170701T000000Z"),
  ])
  func aStampIsReadInEveryForm(_ text: String, _ written: String) {
    #expect(CalendarStamp(parsing: text)?.description == written)
  }

  @Test(arguments: [
    "", "yesterday", "2017-02-30", "2017-07-01T24:00:00Z", "2017-07-01T09:60Z",
    "2017-07-01T9:30Z", "2017-07-01T09:30:00+08:00", "20170701T0930005Z", "2017-07-01T",
    "２０１７-07-01",
  ])
  func anythingElseIsRefused(_ text: String) {
    #expect(CalendarStamp(parsing: text) == nil)
  }

  @Test func aDerivedStampFallsOnTheGivenDay() throws {
    let day = try #require(Day(iso: "2017-07-01"))
    let stamp = CalendarStamp(rulesHash: 86_400 * 5 + 3_661, day: day)
    #expect(stamp.description == "20170701T010101Z")
    #expect(CalendarStamp(rulesHash: 0, day: nil).description == "20000101T000000Z")
  }
}
