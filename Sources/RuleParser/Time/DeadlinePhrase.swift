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
    "2020年", "到2020年", "2017年下半年", "2017年第三季度", "2017年9月中旬前", "2018年春节前",
    "2012年起5年内", "十三五末",
  ]

  /// The day a deadline text falls due, or why it is not a deadline.
  public static func parse(_ text: String) -> Result<Day, TimePhraseError> {
    read(text, as: .deadline)
  }

  /// The first day of a start (`from:`): `2018年起`, `自2018年起`, `2012年`
  /// (2012-01-01), `2017年7月` (2017-07-01), `“十三五”期间` (2016-01-01),
  /// or any deadline phrase with `底`/`末`/`前` (its deadline).
  public static func parseStart(_ text: String) -> Result<Day, TimePhraseError> {
    read(text, as: .start)
  }

  /// What a phrase stands for where it is written.
  enum Role {
    /// A deadline (`due:`, `until:`, `by:`): the period's end.
    case deadline
    /// A start (`from:`): the period's first day.
    case start
  }

  /// The day a text stands for in `role`.
  static func read(_ text: String, as role: Role) -> Result<Day, TimePhraseError> {
    let scalars = TimeText.compacted(text)
    guard !scalars.isEmpty else { return .failure(.empty) }
    let trimmed = TimeText.trimmed(text)
    if let iso = isoDay(scalars, as: role) { return iso }
    var cursor = TimeTextCursor(scalars)
    if let period = PlanPeriod.read(from: &cursor, requireSuffix: true), cursor.isAtEnd,
      let days = period.days
    {
      return .success(role == .start && !period.isEnd ? days.first : days.last)
    }
    cursor.index = 0
    let opensStart = cursor.consume(anyOf: startWords) != nil
    guard
      let phrase = CalendarPhrase.read(
        from: &cursor, leadingWords: CalendarPhrase.ruleLeadingWords, allowRedacted: false)
    else { return .failure(.unknownForm(trimmed)) }
    let isStart = opensStart || phrase.relation == .since
    if isStart, !cursor.isAtEnd, role == .deadline {
      return anchoredSpan(phrase, cursor: &cursor, text: trimmed)
    }
    guard cursor.isAtEnd else { return .failure(.unknownForm(trimmed)) }
    if role == .start || isStart {
      guard role == .start else { return .failure(.startNotDeadline(trimmed)) }
      return startDay(of: phrase, text: trimmed)
    }
    return day(of: phrase, text: trimmed)
  }

  /// Words that open a start: `自2018年起`, `从2018年起`.
  static let startWords = ["自", "从"]

  /// `2012年起5年内`: the last day of the span that begins on the start's
  /// first day (2016-12-31).
  private static func anchoredSpan(
    _ phrase: CalendarPhrase, cursor: inout TimeTextCursor, text: String
  ) -> Result<Day, TimePhraseError> {
    guard let read = TimeSpan.readChinese(from: &cursor) else {
      return .failure(.unknownForm(text))
    }
    _ = cursor.consume(anyOf: TimeSpan.withinWords)
    guard cursor.isAtEnd, let span = TimeSpan(read.count, read.unit) else {
      return .failure(.unknownForm(text))
    }
    return startDay(of: phrase, text: text).flatMap { first in
      if span.unit == .workingDay {
        return span.added(to: first.adding(days: -1)).mapError { error in
          if case .outsideKnownYears(let day, let known) = error {
            return .outsideCalendar(day, known: known)
          }
          return .unknownForm(text)
        }
      }
      return span.added(to: first).map { $0.adding(days: -1) }.mapError { _ in .unknownForm(text) }
    }
  }

  /// The first day a start phrase names (a phrase with `底`, `末` or `前`
  /// starts on its deadline).
  static func startDay(of phrase: CalendarPhrase, text: String) -> Result<Day, TimePhraseError> {
    let marksEnd = phrase.hasEndMarker || phrase.relation == .before
    guard !marksEnd else {
      var deadline = phrase
      deadline.relation = phrase.relation == .since ? .none : phrase.relation
      return day(of: deadline, text: text)
    }
    guard phrase.rangeStart == nil else { return .failure(.unknownForm(text)) }
    switch phrase.year {
    case nil: return .failure(.missingYear(text))
    case .redacted: return .failure(.unknownForm(text))
    case .number(let year): return bounds(of: phrase.period, in: year).map(\.first)
    }
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
    case .tenDays(let month, let part):
      guard (1...12).contains(month) else { return .failure(.monthOutOfRange(month)) }
      let first = Day.firstDay(ofMonth: month, year: year).adding(days: (part - 1) * 10)
      let last = part == 3 ? Day.lastDay(ofMonth: month, year: year) : first.adding(days: 9)
      return .success((first, last))
    case .festival(let name):
      let calendar = WorkingCalendar.china
      guard let days = calendar.festival(name, year: year) else {
        return .failure(.unknownFestival(name, year: year, known: calendar.years))
      }
      return .success((days.lowerBound, days.upperBound))
    }
    return .success(
      (
        Day.firstDay(ofMonth: months.lowerBound, year: year),
        Day.lastDay(ofMonth: months.upperBound, year: year)
      ))
  }

  /// An ISO calendar date (`2017-08-31`, also `2017-8-31`) or month
  /// (`2017-08`, due at its end); `nil` when the text has another shape.
  static func isoDay(
    _ scalars: [Unicode.Scalar], as role: Role = .deadline
  ) -> Result<Day, TimePhraseError>? {
    let fields = scalars.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(fields.count), fields[0].count == 4,
      fields.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
      fields.allSatisfy({ $0.allSatisfy { $0.isASCII && Numeral.arabic($0) != nil } })
    else { return nil }
    let numbers = fields.map { $0.reduce(0) { $0 * 10 + (Numeral.arabic($1) ?? 0) } }
    let period: CalendarPhrase.Period =
      numbers.count == 3 ? .day(month: numbers[1], day: numbers[2]) : .month(numbers[1])
    return bounds(of: period, in: numbers[0]).map { role == .start ? $0.first : $0.last }
  }
}
