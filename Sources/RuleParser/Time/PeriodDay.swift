/// The day of each period on which a recurring duty falls due, when it is
/// not the period's last day: `每年3月底前` (the third month's end),
/// `每季度首月10日前` (the 10th of the first month), `每月5日前`.
public struct PeriodDay: Sendable, Hashable, Codable {
  /// The month of the period, 1 for its first month.
  public let month: Int
  /// The day of that month; `nil` for the month's last day.
  public let day: Int?

  /// Creates the day of a period.
  public init(month: Int, day: Int?) {
    self.month = month
    self.day = day
  }

  /// The day in the period that begins on `start` (a day past the month's
  /// end is its last day: `每月31日` is due on 28 February).
  public func due(inPeriodStartingOn start: Day) -> Day {
    let first = start.adding(months: month - 1)
    let last = Day.lastDay(ofMonth: first.month, year: first.year)
    guard let day else { return last }
    return Day(clampingYear: first.year, month: first.month, day: day)
  }

  /// The day as text, for a period of `months` months: `3月31日` (yearly),
  /// `首月10日` (a quarter), `5日` (monthly), `3月底` (a month's end).
  public func text(periodMonths months: Int) -> String {
    let dayText = day.map { "\($0)日" } ?? "底"
    switch months {
    case 1: return day.map { "\($0)日" } ?? "月底"
    case 12...: return "\(month)月\(dayText)"
    default: return "第\(month)个月\(dayText)"
    }
  }
}
