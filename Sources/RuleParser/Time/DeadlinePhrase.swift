/// Reads the deadline of a duty (`due:`, `from:`, `until:`, a target's
/// `by:`): an ISO date, or one of the phrases the plans themselves use.
///
/// A duty "by the end of X" is due on X's last day: `2017年底前` and
/// `2017年` are due 2017-12-31, `2017年7月底前` 2017-07-31. "Before X" is
/// due the day before X begins: `2017年10月前` is due 2017-09-30. A day is its
/// own deadline: `2017年8月31日前` is due 2017-08-31. `docs/time-phrases.md`
/// lists every form.
public enum DeadlinePhrase {
  /// Forms shown to users whose phrase was not understood.
  public static let examples = [
    "2017-08-31", "2017年8月31日前", "2017年7月底前", "2017年10月前", "2017年底前", "2017年末",
    "2020年", "到2020年", "2017年下半年", "2017年第三季度",
  ]

  /// The day a deadline text falls due, or why it is not a deadline.
  public static func parse(_ text: String) -> Result<Day, TimePhraseError> {
    let scalars = TimeText.compacted(text)
    guard !scalars.isEmpty else { return .failure(.empty) }
    let trimmed = TimeText.trimmed(text)
    if let iso = isoDay(scalars) { return iso }
    var cursor = TimeTextCursor(scalars)
    guard
      let phrase = CalendarPhrase.read(
        from: &cursor, leadingWords: CalendarPhrase.ruleLeadingWords, allowRedacted: false),
      cursor.isAtEnd
    else { return .failure(.unknownForm(trimmed)) }
    return day(of: phrase, text: trimmed)
  }

  /// The deadline a phrase read from `text` stands for.
  static func day(of phrase: CalendarPhrase, text: String) -> Result<Day, TimePhraseError> {
    guard phrase.rangeStart == nil, phrase.relation != .since else {
      return .failure(.unknownForm(text))
    }
    switch phrase.year {
    case nil:
      return .failure(.missingYear(text))
    case .redacted:
      return .failure(.unknownForm(text))
    case .number(let year):
      return bounds(of: phrase.period, in: year).flatMap { first, last in
        let isBeforeStart =
          phrase.relation == .before && !phrase.hasEndMarker && !phrase.period.isDay
        guard isBeforeStart else { return .success(last) }
        let dayBefore = first.adding(days: -1)
        guard dayBefore.year >= 1 else { return .failure(.yearOutOfRange(dayBefore.year)) }
        return .success(dayBefore)
      }
    }
  }

  /// The first and last day of a period of a year, checking every number.
  static func bounds(
    of period: CalendarPhrase.Period, in year: Int
  ) -> Result<(first: Day, last: Day), TimePhraseError> {
    guard (1...9999).contains(year) else { return .failure(.yearOutOfRange(year)) }
    let months: ClosedRange<Int>
    switch period {
    case .year:
      months = 1...12
    case .half(let half):
      months = half == 1 ? 1...6 : 7...12
    case .quarter(let quarter):
      guard (1...4).contains(quarter) else { return .failure(.quarterOutOfRange(quarter)) }
      months = (quarter * 3 - 2)...(quarter * 3)
    case .month(let month):
      guard (1...12).contains(month) else { return .failure(.monthOutOfRange(month)) }
      months = month...month
    case .day(let month, let day):
      guard (1...12).contains(month) else { return .failure(.monthOutOfRange(month)) }
      guard let date = Day(year: year, month: month, day: day) else {
        return .failure(.nonexistentDay(year: year, month: month, day: day))
      }
      return .success((date, date))
    }
    return .success(
      (
        Day.firstDay(ofMonth: months.lowerBound, year: year),
        Day.lastDay(ofMonth: months.upperBound, year: year)
      ))
  }

  /// An ISO calendar date (`2017-08-31`, also `2017-8-31`) or month
  /// (`2017-08`, due at its end); `nil` when the text has another shape.
  static func isoDay(_ scalars: [Unicode.Scalar]) -> Result<Day, TimePhraseError>? {
    let fields = scalars.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(fields.count), fields[0].count == 4,
      fields.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
      fields.allSatisfy({ $0.allSatisfy { $0.isASCII && Numeral.arabic($0) != nil } })
    else { return nil }
    let numbers = fields.map { $0.reduce(0) { $0 * 10 + (Numeral.arabic($1) ?? 0) } }
    let period: CalendarPhrase.Period =
      numbers.count == 3 ? .day(month: numbers[1], day: numbers[2]) : .month(numbers[1])
    return bounds(of: period, in: numbers[0]).map(\.last)
  }
}
