/// How often a recurring duty falls due (`every:`): once per calendar
/// month, quarter, half year or year, at the end of each period.
public enum Recurrence: String, Sendable, Hashable, CaseIterable, Codable {
  /// Every calendar month: 每月.
  case monthly
  /// Every calendar quarter: 每季度.
  case quarterly
  /// Every half year, January–June and July–December: 每半年.
  case halfYearly = "half-yearly"
  /// Every calendar year: 每年.
  case yearly

  /// The length of one period in months: 1, 3, 6 or 12 (an RRULE's
  /// `FREQ=MONTHLY;INTERVAL=` for all but yearly).
  public var months: Int {
    switch self {
    case .monthly: 1
    case .quarterly: 3
    case .halfYearly: 6
    case .yearly: 12
    }
  }

  /// The Chinese name, as the plans write it: 每季度.
  public var chineseName: String {
    switch self {
    case .monthly: "每月"
    case .quarterly: "每季度"
    case .halfYearly: "每半年"
    case .yearly: "每年"
    }
  }

  /// The period that contains `day`.
  public func period(containing day: Day) -> Occurrence {
    let index = (day.month - 1) / months
    let firstMonth = index * months + 1
    let year = TimeText.padded(day.year, width: 4)
    let suffix =
      switch self {
      case .monthly: "\(year)-\(TimeText.padded(firstMonth, width: 2))"
      case .quarterly: "\(year)-Q\(index + 1)"
      case .halfYearly: "\(year)-H\(index + 1)"
      case .yearly: year
      }
    return Occurrence(
      suffix: suffix, start: Day.firstDay(ofMonth: firstMonth, year: day.year),
      due: Day.lastDay(ofMonth: firstMonth + months - 1, year: day.year))
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
      guard current.due.year < 9999 || current.due.month < 12 else { break }
      current = period(containing: current.due.adding(days: 1))
    }
    return result
  }
}
