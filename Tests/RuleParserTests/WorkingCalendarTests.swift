import Foundation
import Testing

@testable import RuleParser

@Suite struct WorkingCalendarTests {
  private func day(_ text: String) throws -> Day { try #require(Day(iso: text)) }

  /// 2018's Spring Festival: 2-15 to 2-21 off, Sunday 2-11 and Saturday 2-24 worked.
  @Test func acrossSpringFestival() throws {
    let china = WorkingCalendar.china
    #expect(china.isWorkingDay(try day("2018-02-11")) == true)
    #expect(china.isWorkingDay(try day("2018-02-15")) == false)
    #expect(china.isWorkingDay(try day("2018-02-24")) == true)
    // From Friday 2-9: 2-11 (Sun, make-up), 2-12, 2-13, 2-14, then 2-22, 2-23, 2-24 (Sat, make-up).
    let seven = try china.adding(workingDays: 7, to: try day("2018-02-09")).get()
    #expect(seven.description == "2018-02-24")
    #expect(china.workingDays(from: try day("2018-02-01"), through: try day("2018-02-28")) == 17)
  }

  /// 2019's National Day: 10-1 to 10-7 off, Sunday 9-29 and Saturday 10-12 worked.
  @Test func acrossNationalDay() throws {
    let china = WorkingCalendar.china
    let ten = try china.adding(workingDays: 10, to: try day("2019-09-27")).get()
    // 9-29 (Sun), 9-30, 10-8, 10-9, 10-10, 10-11, 10-12 (Sat), 10-14, 10-15, 10-16.
    #expect(ten.description == "2019-10-16")
    let span = try TimeSpan.parse("10个工作日内").get()
    #expect(try span.added(to: try day("2019-09-27")).get() == ten)
  }

  @Test func outsideTheKnownYears() throws {
    let china = WorkingCalendar.china
    let last = china.years.upperBound
    let lateDay = try #require(Day(year: last, month: 12, day: 30))
    #expect(
      china.adding(workingDays: 5, to: lateDay)
        == .failure(.outsideKnownYears(Day(year: last + 1, month: 1, day: 1)!, known: china.years)))
    #expect(china.isWorkingDay(try #require(Day(year: 1999, month: 1, day: 4))) == nil)
  }

  @Test func aPlanAddsItsOwnDays() throws {
    let local = WorkingCalendar.china.adding(
      daysOff: [try day("2018-05-21")], workingDays: [try day("2018-05-26")])
    #expect(local.isWorkingDay(try day("2018-05-21")) == false)
    #expect(local.isWorkingDay(try day("2018-05-26")) == true)
    #expect(
      try local.adding(workingDays: 1, to: try day("2018-05-20")).get().description == "2018-05-22")
  }

  @Test func festivals() throws {
    let china = WorkingCalendar.china
    #expect(china.festival("春节", year: 2018) == (try day("2018-02-15"))...(try day("2018-02-21")))
    #expect(china.festival("国庆节", year: 2018) == (try day("2018-10-01"))...(try day("2018-10-07")))
  }

  @Test func weekdays() throws {
    #expect(try day("2018-02-11").weekday == 7)
    #expect(try day("1970-01-01").weekday == 4)
    #expect(try day("2018-02-24").isWeekend)
  }
}
