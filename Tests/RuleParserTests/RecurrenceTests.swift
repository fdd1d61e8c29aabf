import Foundation
import Testing

@testable import RuleParser

@Suite struct RecurrenceTests {
  @Test(arguments: [
    ("每季度", Recurrence.quarterly), ("quarterly", .quarterly), ("每个季度", .quarterly),
    ("每季", .quarterly), ("Quarterly", .quarterly), (" 每季度 ", .quarterly),
    ("每年", .yearly), ("yearly", .yearly), ("annually", .yearly), ("annual", .yearly),
    ("每年度", .yearly), ("YEARLY", .yearly),
    ("每月", .monthly), ("monthly", .monthly), ("每个月", .monthly),
    ("每半年", .halfYearly), ("half-yearly", .halfYearly), ("semi-annually", .halfYearly),
    ("semiannually", .halfYearly),
  ])
  func parsesRecurrence(_ text: String, _ expected: Recurrence) {
    #expect(Recurrence.parse(text) == .success(expected))
  }

  @Test(arguments: [
    ("quartely", "quarterly"), ("yearley", "yearly"), ("monthy", "monthly"),
    ("half-yearl", "half-yearly"), ("每季读", "每季度"),
  ])
  func suggestsTheClosestSpelling(_ text: String, _ suggestion: String) {
    #expect(Recurrence.parse(text) == .failure(.unknownForm(text, suggestion: suggestion)))
  }

  @Test(arguments: ["every day", "", "2 months", "fortnightly", "每五年"])
  func rejectsUnknownForms(_ text: String) {
    #expect(Recurrence.parse(text) == .failure(.unknownForm(text, suggestion: nil)))
  }

  @Test func periodLengthsAndNames() {
    #expect(Recurrence.allCases.map(\.months) == [0, 1, 3, 6, 12, 24, 36])
    #expect(
      Recurrence.allCases.map(\.chineseName) == ["每周", "每月", "每季度", "每半年", "每年", "每两年", "每三年"])
    for recurrence in Recurrence.allCases {
      #expect(Recurrence.parse(recurrence.rawValue) == .success(recurrence))
      #expect(Recurrence.parse(recurrence.chineseName) == .success(recurrence))
    }
  }

  @Test(arguments: [
    (Recurrence.monthly, "2017-09-15", "2017-09", "2017-09-01", "2017-09-30"),
    (.quarterly, "2017-09-15", "2017-Q3", "2017-07-01", "2017-09-30"),
    (.halfYearly, "2017-09-15", "2017-H2", "2017-07-01", "2017-12-31"),
    (.yearly, "2017-09-15", "2017", "2017-01-01", "2017-12-31"),
    (.monthly, "2016-02-01", "2016-02", "2016-02-01", "2016-02-29"),
    (.monthly, "2017-02-28", "2017-02", "2017-02-01", "2017-02-28"),
    (.monthly, "2017-12-31", "2017-12", "2017-12-01", "2017-12-31"),
    (.quarterly, "2017-03-31", "2017-Q1", "2017-01-01", "2017-03-31"),
    (.quarterly, "2017-04-01", "2017-Q2", "2017-04-01", "2017-06-30"),
    (.quarterly, "2017-12-31", "2017-Q4", "2017-10-01", "2017-12-31"),
    (.halfYearly, "2017-06-30", "2017-H1", "2017-01-01", "2017-06-30"),
    (.halfYearly, "2017-07-01", "2017-H2", "2017-07-01", "2017-12-31"),
    (.yearly, "0999-05-05", "0999", "0999-01-01", "0999-12-31"),
  ])
  func periodContainingADay(
    _ recurrence: Recurrence, _ day: String, _ suffix: String, _ start: String, _ due: String
  ) throws {
    let period = recurrence.period(containing: try #require(Day(iso: day)))
    #expect(period.suffix == suffix)
    #expect(period.start.description == start)
    #expect(period.due.description == due)
  }

  @Test(arguments: [
    (Recurrence.quarterly, "2017-07-01", "2020-12-31", 14, "2017-Q3", "2020-Q4"),
    (.yearly, "2017-07-01", "2020-12-31", 4, "2017", "2020"),
    (.halfYearly, "2017-07-01", "2020-12-31", 7, "2017-H2", "2020-H2"),
    (.monthly, "2017-07-01", "2017-12-31", 6, "2017-07", "2017-12"),
    (.monthly, "2017-07-01", "2020-12-31", 42, "2017-07", "2020-12"),
    // A window that starts or ends inside a period still yields that period.
    (.quarterly, "2017-08-15", "2017-10-01", 2, "2017-Q3", "2017-Q4"),
    (.quarterly, "2017-08-15", "2017-09-30", 1, "2017-Q3", "2017-Q3"),
    (.yearly, "2017-12-31", "2018-01-01", 2, "2017", "2018"),
    // One day.
    (.monthly, "2017-07-15", "2017-07-15", 1, "2017-07", "2017-07"),
    (.yearly, "2017-07-01", "2017-07-01", 1, "2017", "2017"),
    // The last years the calendar has.
    (.yearly, "9998-01-01", "9999-12-31", 2, "9998", "9999"),
    (.monthly, "9999-11-15", "9999-12-31", 2, "9999-11", "9999-12"),
  ])
  func occurrencesOverAWindow(
    _ recurrence: Recurrence, _ from: String, _ until: String, _ count: Int, _ first: String,
    _ last: String
  ) throws {
    let occurrences = recurrence.occurrences(
      from: try #require(Day(iso: from)), until: try #require(Day(iso: until)))
    #expect(occurrences.count == count)
    #expect(occurrences.first?.suffix == first)
    #expect(occurrences.last?.suffix == last)
    for (earlier, later) in zip(occurrences, occurrences.dropFirst()) {
      #expect(later.start == earlier.due.adding(days: 1))
    }
    for occurrence in occurrences {
      #expect(occurrence.start.days(until: occurrence.due) >= 27)
      #expect(recurrence.period(containing: occurrence.due) == occurrence)
    }
  }

  @Test func quarterlyOccurrencesOfThePlan() throws {
    let occurrences = Recurrence.quarterly.occurrences(
      from: try #require(Day(iso: "2017-07-01")), until: try #require(Day(iso: "2018-06-30")))
    #expect(occurrences.map(\.suffix) == ["2017-Q3", "2017-Q4", "2018-Q1", "2018-Q2"])
    #expect(
      occurrences.map(\.due.description) == [
        "2017-09-30", "2017-12-31", "2018-03-31", "2018-06-30",
      ])
  }

  @Test func noOccurrencesWhenFromIsAfterUntil() throws {
    let from = try #require(Day(iso: "2018-01-01"))
    let until = try #require(Day(iso: "2017-12-31"))
    for recurrence in Recurrence.allCases {
      #expect(recurrence.occurrences(from: from, until: until).isEmpty)
    }
  }

  @Test func encodesAsItsName() throws {
    let data = try JSONEncoder().encode([Recurrence.halfYearly, .quarterly])
    #expect(String(decoding: data, as: UTF8.self) == #"["half-yearly","quarterly"]"#)
    let occurrence = Recurrence.quarterly.period(containing: try #require(Day(iso: "2017-08-01")))
    let decoded = try JSONDecoder().decode(
      Occurrence.self, from: try JSONEncoder().encode(occurrence))
    #expect(decoded == occurrence)
  }
}
