/// How often a recurring duty falls due (`every:`): once per week, calendar
/// month, quarter, half year, year, two or three years, at the end of each
/// period (unless the duty names a day of the period).
public enum Recurrence: String, Sendable, Hashable, CaseIterable, Codable {
  /// Every week, Monday to Sunday: 每周.
  case weekly
  /// Every calendar month: 每月.
  case monthly
  /// Every calendar quarter: 每季度.
  case quarterly
  /// Every half year, January–June and July–December: 每半年.
  case halfYearly = "half-yearly"
  /// Every calendar year: 每年.
  case yearly
  /// Every two calendar years, counted from the duty's first year: 每两年.
  case biennial = "every-2-years"
  /// Every three calendar years, counted from the duty's first year: 每三年.
  case triennial = "every-3-years"

  /// The length of one period in months: 1, 3, 6, 12, 24 or 36 (an RRULE's
  /// `FREQ=MONTHLY;INTERVAL=` for quarters and half years); 0 for a week.
  public var months: Int {
    switch self {
    case .weekly: 0
    case .monthly: 1
    case .quarterly: 3
    case .halfYearly: 6
    case .yearly: 12
    case .biennial: 24
    case .triennial: 36
    }
  }

  /// The Chinese name, as the plans write it: 每季度.
  public var chineseName: String {
    switch self {
    case .weekly: "每周"
    case .monthly: "每月"
    case .quarterly: "每季度"
    case .halfYearly: "每半年"
    case .yearly: "每年"
    case .biennial: "每两年"
    case .triennial: "每三年"
    }
  }

  /// The period that contains `day` (a period of several years begins in
  /// `day`'s year: the periods are counted from a duty's first year).
  public func period(containing day: Day) -> Occurrence {
    if self == .weekly { return week(containing: day) }
    if months > 12 {
      let year = TimeText.padded(day.year, width: 4)
      let last = min(day.year + months / 12 - 1, 9999)
      return Occurrence(
        suffix: "\(year)-\(TimeText.padded(last, width: 4))",
        start: Day.firstDay(ofMonth: 1, year: day.year), due: Day.lastDay(ofMonth: 12, year: last))
    }
    let index = (day.month - 1) / months
    let firstMonth = index * months + 1
    let year = TimeText.padded(day.year, width: 4)
    let suffix =
      switch self {
      case .monthly: "\(year)-\(TimeText.padded(firstMonth, width: 2))"
      case .quarterly: "\(year)-Q\(index + 1)"
      case .halfYearly: "\(year)-H\(index + 1)"
      case .yearly, .weekly, .biennial, .triennial: year
      }
    return Occurrence(
      suffix: suffix, start: Day.firstDay(ofMonth: firstMonth, year: day.year),
      due: Day.lastDay(ofMonth: firstMonth + months - 1, year: day.year))
  }

  /// The ISO week (Monday to Sunday) that contains `day`, due on its Sunday:
  /// suffix `2017-W35` (the ISO week-numbering year).
  private func week(containing day: Day) -> Occurrence {
    let monday = day.adding(days: 1 - day.weekday)
    let thursday = monday.adding(days: 3)
    let firstThursdayOrdinal = Day.firstDay(ofMonth: 1, year: thursday.year).ordinal
    let number = (thursday.ordinal - firstThursdayOrdinal) / 7 + 1
    let suffix =
      "\(TimeText.padded(thursday.year, width: 4))-W\(TimeText.padded(number, width: 2))"
    return Occurrence(suffix: suffix, start: monday, due: monday.adding(days: 6))
  }

  /// Every period that overlaps `from...until`, in order.
  ///
  /// The list is empty when `from` is after `until`. A period only partly
  /// inside the window (a duty from 2017-07-15 every quarter) still yields
  /// its occurrence, due at the period's end.
  ///
  /// - Complexity: O(number of periods).
  ///
  /// At most `limit` + 1 occurrences are made: a caller that allows
  /// `limit` learns that there are more without making them all.
  public func occurrences(from: Day, until: Day, limit: Int = .max) -> [Occurrence] {
    guard from <= until else { return [] }
    var result: [Occurrence] = []
    var current = period(containing: from)
    while current.start <= until, result.count <= limit {
      result.append(current)
      guard current.due < Day.lastDay(ofMonth: 12, year: 9999) else { break }
      current = period(containing: current.due.adding(days: 1))
    }
    return result
  }
}
