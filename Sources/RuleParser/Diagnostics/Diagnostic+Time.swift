/// The catalogue of time diagnostics (E060–E069): deadlines, time spans and
/// recurrences that rulec cannot read. Ids never change once published; new
/// ones go at the end of the range.
extension Diagnostic {
  /// E060–E063: a deadline (`due:`, `from:`, `until:`, `by:`) that is not one.
  ///
  /// E060 an unknown form, E061 a day its month does not have, E062 a month,
  /// quarter or year out of range, E063 a month or day without a year.
  package static func invalidDeadline(
    _ error: TimePhraseError, at range: SourceRange
  ) -> Diagnostic {
    let (code, message, help): (DiagnosticCode, LocalizedText, LocalizedText)
    switch error {
    case .startNotDeadline, .unknownFestival, .outsideCalendar:
      return calendarPhraseError(error, at: range)
    case .empty:
      (code, message, help) = (
        .unknownDeadline, LocalizedText("the deadline is empty", "期限为空"), acceptedDeadlines
      )
    case .unknownForm(let text):
      (code, message, help) = (
        .unknownDeadline, LocalizedText("unknown deadline '\(text)'", "无法识别的期限 '\(text)'"),
        acceptedDeadlines
      )
    case .nonexistentDay(let year, let month, let day):
      let last = Day.daysIn(month: month, year: year)
      let date = TimeText.iso(year: year, month: month, day: day)
      (code, message, help) = (
        .nonexistentDay,
        LocalizedText(
          "the date \(date) does not exist: month \(month) of \(year) has \(last) days",
          "日期 \(date) 不存在：\(year)年\(month)月只有\(last)天"),
        LocalizedText(
          "use a day from 1 to \(last), or write \(year)年\(month)月底前 for the month's end",
          "请使用 1 至 \(last) 日，或写作 \(year)年\(month)月底前 表示月末")
      )
    case .monthOutOfRange(let month):
      (code, message, help) = (
        .periodOutOfRange, LocalizedText("month \(month) does not exist", "不存在第\(month)月"),
        LocalizedText("months run from 1 to 12 (1月 to 12月)", "月份应为 1 至 12（1月至12月）")
      )
    case .quarterOutOfRange(let quarter):
      (code, message, help) = (
        .periodOutOfRange,
        LocalizedText("quarter \(quarter) does not exist", "不存在第\(quarter)季度"),
        LocalizedText("quarters run from 1 to 4 (一季度 to 四季度)", "季度应为 1 至 4（一季度至四季度）")
      )
    case .yearOutOfRange(let year):
      (code, message, help) = (
        .periodOutOfRange, LocalizedText("year \(year) is out of range", "年份 \(year) 超出范围"),
        LocalizedText("write a four-digit year from 0001 to 9999", "请写四位年份，0001 至 9999")
      )
    case .missingYear(let text):
      let leadingWord = CalendarPhrase.ruleLeadingWords.first { text.hasPrefix($0) } ?? ""
      let fixed = leadingWord + "2017年" + text.dropFirst(leadingWord.count)
      (code, message, help) = (
        .deadlineWithoutYear,
        LocalizedText("the deadline '\(text)' names no year", "期限 '\(text)' 没有写明年份"),
        LocalizedText("add the year, as in \(fixed)", "请加上年份，例如 \(fixed)")
      )
    }
    return Diagnostic.error(code, message, at: range, help: help)
  }

  /// The help line listing the accepted deadline forms.
  private static var acceptedDeadlines: LocalizedText {
    let forms = DeadlinePhrase.examples.joined(separator: ", ")
    return LocalizedText(
      "write an ISO date or a phrase such as \(forms) (docs/time-phrases.md lists every form)",
      "请写 ISO 日期或如下短语：\(forms)（全部写法见 docs/time-phrases.md）")
  }

  /// E064–E065: a time span that is not one.
  ///
  /// Spans are read for `within:`, `report_within:` and `publish_within:`.
  /// E064 an unknown form, E065 a span over the unit's limit.
  package static func invalidTimeSpan(_ error: TimeSpanError, at range: SourceRange) -> Diagnostic {
    switch error {
    case .empty, .unknownForm:
      let message =
        if case .unknownForm(let text) = error {
          LocalizedText("unknown time span '\(text)'", "无法识别的时长 '\(text)'")
        } else {
          LocalizedText("the time span is empty", "时长为空")
        }
      let forms = TimeSpan.examples.joined(separator: ", ")
      return Diagnostic.error(
        .unknownTimeSpan, message, at: range,
        help: LocalizedText("write a count and a unit, such as \(forms)", "请写数量和单位，例如 \(forms)"))
    case .tooLong(let count, let unit):
      let span = TimeSpan.describe(count, unit)
      let longest = TimeSpan.describe(TimeSpan.limit(of: unit), unit)
      return Diagnostic.error(
        .timeSpanTooLong, LocalizedText("the time span \(span.en) is too long", "时长 \(span.zh) 过长"),
        at: range,
        help: LocalizedText(
          "a span is at most about a hundred years: \(longest.en)", "时长最多约一百年：\(longest.zh)"))
    }
  }

  /// E066: an `every:` value that is not a recurrence.
  package static func invalidRecurrence(
    _ error: RecurrenceError, at range: SourceRange
  ) -> Diagnostic {
    switch error {
    case .vague, .dayOutsidePeriod, .invalidStart:
      return recurrencePhraseError(error, at: range)
    case .unknownForm(let text, let suggestion):
      let diagnostic = Diagnostic(
        .error, code: .unknownRecurrence,
        LocalizedText("unknown recurrence '\(text)'", "无法识别的周期 '\(text)'"),
        at: range)
      let english = Recurrence.allCases.map(\.rawValue).joined(separator: ", ")
      let chinese = RecurrencePhrase.examples.joined(separator: "、")
      return diagnostic.suggesting(
        suggestion,
        otherwise:
          LocalizedText("write one of \(english) (or \(chinese))", "请写 \(chinese) 之一（或 \(english)）")
      )
    }
  }
}
