/// The catalogue of issue 10's time diagnostics (E200–E209): starts written
/// as deadlines, festivals and working days outside the known calendar,
/// vague recurrences and recurrence days that do not fit their period.
extension Diagnostic {
  /// E200–E202: a deadline phrase that names a start, a festival the
  /// calendar does not have, or working days past the calendar's years.
  static func calendarPhraseError(_ error: TimePhraseError, at range: SourceRange) -> Diagnostic {
    switch error {
    case .startNotDeadline(let text):
      return Diagnostic.error(
        .startNotDeadline,
        LocalizedText(
          en: "'\(text)' is a start, not a deadline", zh: "'\(text)' 是起始时间，不是期限"), at: range,
        help: LocalizedText(
          en: "write it in `from:` (a recurring duty), or give the span it opens: \(text)5年内",
          zh: "请写在 `from:` 中（周期性义务），或写明起算后的时长：\(text)5年内"))
    case .unknownFestival(let name, let year, let known):
      return Diagnostic.error(
        .unknownFestival,
        LocalizedText(
          en: "the calendar has no \(name) in \(year)", zh: "日历中没有\(year)年的\(name)"),
        at: range, help: knownYears(known))
    case .outsideCalendar(let day, let known):
      return workingDaysOutsideCalendar(day, known: known, at: range)
    default:
      return invalidDeadline(error, at: range)
    }
  }

  /// E202: working days counted into a year the calendar does not know.
  package static func workingDaysOutsideCalendar(
    _ day: Day, known: ClosedRange<Int>, at range: SourceRange
  ) -> Diagnostic {
    error(
      .workingDaysOutsideCalendar,
      LocalizedText(
        en:
          "working days cannot be counted on \(day): the official calendar of \(day.year) is not known",
        zh: "无法计算 \(day) 的工作日：不掌握\(day.year)年的法定节假日安排"),
      at: range, help: knownYears(known))
  }

  /// The help line naming the years the working calendar knows.
  private static func knownYears(_ known: ClosedRange<Int>) -> LocalizedText {
    LocalizedText(
      en: "the bundled calendar covers \(known.lowerBound)–\(known.upperBound);"
        + " add the days of other years in the plan's `calendar:` file",
      zh: "内置日历覆盖 \(known.lowerBound)–\(known.upperBound) 年；其他年份请写入计划的 `calendar:` 文件")
  }

  /// E203–E204 and the start's own errors: an `every:` that names no
  /// period, a day outside its period, or a start that is not a day.
  static func recurrencePhraseError(_ error: RecurrenceError, at range: SourceRange) -> Diagnostic {
    switch error {
    case .vague(let text): vagueRecurrence(text, at: range)
    case .dayOutsidePeriod(let text): dayOutsidePeriod(text, at: range)
    case .invalidStart(let phraseError): invalidDeadline(phraseError, at: range)
    case .unknownForm: invalidRecurrence(error, at: range)
    }
  }

  /// E203: `定期` (or another recurrence without a period).
  package static func vagueRecurrence(_ text: String, at range: SourceRange) -> Diagnostic {
    error(
      .vagueRecurrence,
      LocalizedText(
        en: "'\(text)' names no period: rulec cannot tell when each occurrence is due",
        zh: "'\(text)' 没有写明周期，无法确定每次的期限"), at: range)
  }

  /// E204: a recurrence's day that its period does not have (`每季度第四个月`).
  package static func dayOutsidePeriod(_ text: String, at range: SourceRange) -> Diagnostic {
    error(
      .dayOutsidePeriod,
      LocalizedText(
        en: "'\(text)' names a day outside each period", zh: "'\(text)' 指定的日期不在每个周期之内"), at: range,
      help: LocalizedText(
        en: "name a month of the period and a day, as in 每年3月底前, 每季度首月10日前, 每月5日前",
        zh: "请写周期内的月份和日期，如 每年3月底前、每季度首月10日前、每月5日前"))
  }

}

/// The catalogue of `per_body:` diagnostics (E206–E207).
extension Diagnostic {
  /// E206: a `per_body:` entry for a body that is not responsible for the entry.
  package static func overrideForOtherBody(
    _ body: String, entry: String, responsible: [String], at range: SourceRange
  ) -> Diagnostic {
    let list = responsible.joined(separator: ", ")
    return error(
      .overrideForOtherBody,
      LocalizedText(
        en: "'\(body)' in 'per_body' is not among the responsible bodies of '\(entry)'",
        zh: "'per_body' 中的 '\(body)' 不是 '\(entry)' 的责任单位"), at: range,
      help: LocalizedText(
        en: "override one of its responsible bodies (\(list)) or a group of them",
        zh: "请只为其责任单位（\(list)）或由它们组成的组写 per_body"))
  }

}

extension Diagnostic {

  /// E205: a recurrence that names its start, and a `from:` that names another.
  package static func startTwice(at range: SourceRange) -> Diagnostic {
    error(
      .startTwice,
      LocalizedText(
        en: "the recurrence names its start and 'from' names another",
        zh: "周期已写明起始时间，'from' 又写了一个"), at: range)
  }
}
