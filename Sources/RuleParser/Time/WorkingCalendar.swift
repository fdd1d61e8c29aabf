/// Which days are working days: China's official calendar (weekends and
/// public holidays off, 调休 make-up days on), optionally with a plan's own
/// local holidays and working days on top.
///
/// The calendar only answers for the years it knows: counting working days
/// into any other year is an error, never a guess.
public struct WorkingCalendar: Sendable, Hashable {
  /// The years whose working days are known.
  public let years: ClosedRange<Int>
  /// Days off that would otherwise be working days (by ordinal).
  private var daysOff: Set<Int>
  /// Weekend days that are working days (by ordinal).
  private var workingWeekendDays: Set<Int>
  /// Each festival's days off, by year and name.
  private var festivals: [Int: [String: ClosedRange<Day>]]

  /// China's official calendar as bundled (`ChinaWorkingCalendar+Data.swift`).
  public static let china = ChinaWorkingCalendar.build()

  init(
    years: ClosedRange<Int>, daysOff: Set<Int>, workingWeekendDays: Set<Int>,
    festivals: [Int: [String: ClosedRange<Day>]]
  ) {
    self.years = years
    self.daysOff = daysOff
    self.workingWeekendDays = workingWeekendDays
    self.festivals = festivals
  }

  /// The calendar with a plan's own days off and working days added (a
  /// local holiday; a local make-up day).
  public func adding(daysOff extraOff: [Day], workingDays extraWorking: [Day]) -> WorkingCalendar {
    var calendar = self
    for day in extraOff {
      calendar.daysOff.insert(day.ordinal)
      calendar.workingWeekendDays.remove(day.ordinal)
    }
    for day in extraWorking {
      calendar.workingWeekendDays.insert(day.ordinal)
      calendar.daysOff.remove(day.ordinal)
    }
    return calendar
  }

  /// Whether `day` is a working day, or `nil` outside the known years.
  public func isWorkingDay(_ day: Day) -> Bool? {
    guard years.contains(day.year) else { return nil }
    if workingWeekendDays.contains(day.ordinal) { return true }
    if daysOff.contains(day.ordinal) { return false }
    return !day.isWeekend
  }

  /// The `count`-th working day after `day` (`day` itself not counted), or
  /// the first day outside the known years that the count would reach.
  ///
  /// - Complexity: O(count + days off on the way).
  public func adding(workingDays count: Int, to day: Day) -> Result<Day, WorkingCalendarError> {
    var current = day
    var remaining = count
    while remaining > 0 {
      current = current.adding(days: 1)
      guard let working = isWorkingDay(current) else {
        return .failure(.outsideKnownYears(current, known: years))
      }
      if working { remaining -= 1 }
    }
    return .success(current)
  }

  /// The number of working days in `first...last`, or `nil` when a day of
  /// it is outside the known years.
  public func workingDays(from first: Day, through last: Day) -> Int? {
    guard first <= last else { return 0 }
    var count = 0
    for ordinal in first.ordinal...last.ordinal {
      guard let working = isWorkingDay(Day(ordinal: ordinal)) else { return nil }
      if working { count += 1 }
    }
    return count
  }

  /// The days off of a festival (`春节`, `国庆节`) in a year, or `nil` when
  /// the year is not known or has no such holiday.
  public func festival(_ name: String, year: Int) -> ClosedRange<Day>? {
    festivals[year]?[name]
  }

  /// The festival names the calendar knows, as plans write them.
  public static let festivalNames = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]
}

/// Why working days could not be counted.
public enum WorkingCalendarError: Error, Sendable, Hashable {
  /// The count reached a day of a year the calendar does not know.
  case outsideKnownYears(Day, known: ClosedRange<Int>)
}

extension Day {
  /// Whether the day is a Saturday or a Sunday.
  public var isWeekend: Bool { weekday >= 6 }

  /// The ISO weekday: 1 for Monday to 7 for Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let shifted = (ordinal + 3) % 7
    return (shifted < 0 ? shifted + 7 : shifted) + 1
  }
}
