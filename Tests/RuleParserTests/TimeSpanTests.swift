import Foundation
import Testing

@testable import RuleParser

@Suite struct TimeSpanTests {
  /// Every accepted form, with its count and unit.
  static let spans: [(String, Int, TimeSpan.Unit)] = [
    ("10 days", 10, .day), ("1 day", 1, .day), ("2 weeks", 2, .week), ("1 week", 1, .week),
    ("2 months", 2, .month), ("1 month", 1, .month), ("6 months", 6, .month), ("1 year", 1, .year),
    ("3 years", 3, .year), ("10 Days", 10, .day), ("10days", 10, .day), (" 2 months ", 2, .month),
    ("0 days", 0, .day), ("1 days", 1, .day),
    ("7d", 7, .day), ("1d", 1, .day), ("2w", 2, .week), ("3m", 3, .month), ("3mo", 3, .month),
    ("1y", 1, .year), ("7D", 7, .day),
    ("P10D", 10, .day), ("P2W", 2, .week), ("P2M", 2, .month), ("P1Y", 1, .year),
    ("p10d", 10, .day),
    ("10天", 10, .day), ("10日", 10, .day), ("10 天", 10, .day), ("十五天以内", 15, .day),
    ("两个月", 2, .month), ("一个月", 1, .month), ("一个月内", 1, .month), ("两个月内", 2, .month),
    ("三个月", 3, .month), ("6个月", 6, .month), ("十二个月之内", 12, .month),
    ("半年", 6, .month), ("半年内", 6, .month), ("一年", 1, .year), ("一年内", 1, .year),
    ("两周", 2, .week), ("两星期", 2, .week), ("3年", 3, .year), ("三个星期", 3, .week), ("一个礼拜", 1, .week),
    ("一个季度内", 3, .month),
    ("两个季度", 6, .month), ("半个月", 15, .day), ("半个月内", 15, .day),
  ]

  @Test(arguments: spans)
  func parsesSpan(_ text: String, _ count: Int, _ unit: TimeSpan.Unit) throws {
    let span = try TimeSpan.parse(text).get()
    #expect(span.count == count && span.unit == unit, "\(text)")
  }

  @Test(arguments: [
    "ten days", "10", "days", "10 fortnights", "3月", "P1Y2M", "PD", "P", "-5 days", "半天",
    "10 d s", "两个月后", "十三五", "month", "10 days内", "P10 days", "用两个月", "个工作日",
  ])
  func rejectsUnknownForms(_ text: String) {
    #expect(TimeSpan.parse(text) == .failure(.unknownForm(text)))
  }

  @Test(arguments: ["", "  ", "\u{3000}"])
  func rejectsEmptyText(_ text: String) {
    #expect(TimeSpan.parse(text) == .failure(.empty))
  }

  @Test(arguments: [
    ("101 years", 101, TimeSpan.Unit.year), ("40000 days", 40_000, .day),
    ("1201 months", 1_201, .month), ("9999 weeks", 9_999, .week),
    ("999999999天", 999_999_999, .day),
  ])
  func rejectsSpansOverTheLimit(_ text: String, _ count: Int, _ unit: TimeSpan.Unit) {
    #expect(TimeSpan.parse(text) == .failure(.tooLong(count: count, unit: unit)))
  }

  @Test func acceptsSpansUpToTheLimit() throws {
    for unit in TimeSpan.Unit.allCases {
      let limit = TimeSpan.limit(of: unit)
      #expect(TimeSpan(limit, unit) != nil)
      #expect(TimeSpan(limit + 1, unit) == nil)
      #expect(TimeSpan(-1, unit) == nil)
    }
  }

  @Test(arguments: [
    ("1 day", "1 day", "1d", "1天"), ("10天", "10 days", "10d", "10天"),
    ("2w", "2 weeks", "2w", "2周"), ("两个月", "2 months", "2m", "2个月"),
    ("半年", "6 months", "6m", "6个月"), ("一年", "1 year", "1y", "1年"),
    ("1 month", "1 month", "1m", "1个月"),
  ])
  func describesCanonically(_ text: String, _ canonical: String, _ compact: String, _ zh: String)
    throws
  {
    let span = try TimeSpan.parse(text).get()
    #expect(span.description == canonical)
    #expect(span.compactDescription == compact)
    #expect(span.localizedDescription == LocalizedText(en: canonical, zh: zh))
    #expect(try TimeSpan.parse(canonical).get() == span)
    #expect(try TimeSpan.parse(compact).get() == span)
  }

  @Test(arguments: [
    ("10 days", "2017-07-01", "2017-07-11"), ("2 weeks", "2017-07-01", "2017-07-15"),
    ("1 month", "2017-01-31", "2017-02-28"), ("1 month", "2016-01-31", "2016-02-29"),
    ("2 months", "2017-12-31", "2018-02-28"), ("半年", "2017-07-01", "2018-01-01"),
    ("1 year", "2016-02-29", "2017-02-28"), ("4 years", "2016-02-29", "2020-02-29"),
    ("一个月内", "2017-07-01", "2017-08-01"), ("0 days", "2017-07-01", "2017-07-01"),
    ("30 days", "2017-12-15", "2018-01-14"), ("1 day", "2016-02-28", "2016-02-29"),
  ])
  func addsToADay(_ text: String, _ start: String, _ expected: String) throws {
    let span = try TimeSpan.parse(text).get()
    let day = try #require(Day(iso: start))
    #expect(try span.added(to: day).get().description == expected)
  }

  @Test func everyExampleParses() {
    for example in TimeSpan.examples {
      #expect((try? TimeSpan.parse(example).get()) != nil, "\(example)")
    }
  }

  @Test func roundTripsThroughJSON() throws {
    let spans = try ["两个月", "1 day", "半年"].map { try TimeSpan.parse($0).get() }
    let data = try JSONEncoder().encode(spans)
    #expect(String(decoding: data, as: UTF8.self) == #"["2 months","1 day","6 months"]"#)
    #expect(try JSONDecoder().decode([TimeSpan].self, from: data) == spans)
    let bad = Data(#"["soon"]"#.utf8)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([TimeSpan].self, from: bad) }
  }
}
