/// Days at the edges of calendar periods, for deadlines and recurrences.
extension Day {
  /// The first day of a month of a year.
  static func firstDay(ofMonth month: Int, year: Int) -> Day {
    Day(clampingYear: year, month: month, day: 1)
  }

  /// The last day of a month of a year.
  static func lastDay(ofMonth month: Int, year: Int) -> Day {
    Day(clampingYear: year, month: month, day: 31)
  }

  /// A day from numbers brought into range: the year into 1...9999, the
  /// month into 1...12 and the day into the days of that month.
  init(clampingYear year: Int, month: Int, day: Int) {
    let year = min(max(year, 1), 9999)
    let month = min(max(month, 1), 12)
    self.init(
      uncheckedYear: year, month: month, day: min(max(day, 1), Day.daysIn(month: month, year: year))
    )
  }
}
