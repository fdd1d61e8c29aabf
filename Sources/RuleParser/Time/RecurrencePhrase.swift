/// What `every:` says: a recurrence, and, when the plan writes them, the
/// day of each period the duty falls due (`每年3月底前`, `每季度首月10日前`,
/// `每月5日前`) and the day it starts (`2018年起每年`).
public struct RecurrencePhrase: Sendable, Hashable {
  /// The recurrence.
  public var recurrence: Recurrence
  /// The day of each period it falls due; `nil` for the period's last day.
  public var dueDay: PeriodDay?
  /// The first day, when the phrase names one (`2018年起每年`).
  public var start: Day?

  /// Creates a phrase.
  public init(recurrence: Recurrence, dueDay: PeriodDay? = nil, start: Day? = nil) {
    self.recurrence = recurrence
    self.dueDay = dueDay
    self.start = start
  }

  /// Forms shown to users whose recurrence was not understood.
  public static let examples = [
    "每周", "每月", "每月5日前", "每季度", "每季度末", "每季度首月10日前", "每半年", "每年",
    "每年3月底前", "每年1月15日前", "每两年", "每三年", "2018年起每年",
  ]

  /// A recurrence from its text; `docs/time-phrases.md` lists every form.
  public static func parse(_ text: String) -> Result<RecurrencePhrase, RecurrenceError> {
    if case .success(let recurrence) = Recurrence.parse(text) {
      return .success(RecurrencePhrase(recurrence: recurrence))
    }
    let trimmed = TimeText.trimmed(text)
    var cursor = TimeTextCursor(TimeText.compacted(text))
    var start: Day?
    let opening = cursor.index
    let opensStart = cursor.consume(anyOf: DeadlinePhrase.startWords) != nil
    if let phrase = CalendarPhrase.read(
      from: &cursor, leadingWords: [], allowRedacted: false),
      opensStart || phrase.relation == .since
    {
      switch DeadlinePhrase.startDay(of: phrase, text: trimmed) {
      case .success(let day): start = day
      case .failure(let error): return .failure(.invalidStart(error))
      }
    } else {
      cursor.index = opening
    }
    if cursor.consume("不定期") || cursor.consume("定期") { return .failure(.vague(trimmed)) }
    guard
      let spelling = Recurrence.chineseSpellings.first(where: { cursor.consume($0.text) })
    else {
      return .failure(.unknownForm(trimmed, suggestion: Recurrence.closestSpelling(to: trimmed)))
    }
    let recurrence = spelling.recurrence
    var dueDay: PeriodDay?
    if !readPeriodEnd(&cursor, recurrence) {
      guard let day = readDueDay(&cursor, recurrence) else {
        return .failure(.unknownForm(trimmed, suggestion: nil))
      }
      guard let day = day, (1...max(recurrence.months, 1)).contains(day.month),
        recurrence != .weekly, (1...31).contains(day.day ?? 1)
      else { return .failure(.dayOutsidePeriod(trimmed)) }
      dueDay = day
    }
    guard cursor.isAtEnd else { return .failure(.unknownForm(trimmed, suggestion: nil)) }
    return .success(RecurrencePhrase(recurrence: recurrence, dueDay: dueDay, start: start))
  }

  /// `末`, `底`, `年底前`, `季度末`: the period's own end, or nothing at all.
  private static func readPeriodEnd(_ cursor: inout TimeTextCursor, _ recurrence: Recurrence)
    -> Bool
  {
    if cursor.isAtEnd { return true }
    let start = cursor.index
    _ = cursor.consume(anyOf: ["年", "季度", "季", "月", "周"])
    if cursor.consume(anyOf: ["底", "末"]) != nil {
      _ = cursor.consume(anyOf: ["以前", "之前", "前"])
      if cursor.isAtEnd { return true }
    }
    cursor.index = start
    return false
  }

  /// The day of the period: `3月底前`, `1月15日前`, `首月10日前`, `5日前`.
  ///
  /// `nil` when the text is no day; `.some(nil)` when the day lies
  /// before the period (`每年1月前`).
  private static func readDueDay(
    _ cursor: inout TimeTextCursor, _ recurrence: Recurrence
  ) -> PeriodDay?? {
    var month = 1
    if recurrence.months > 12 || recurrence == .yearly {
      guard let phrase = CalendarPhrase.read(from: &cursor, leadingWords: [], allowRedacted: false),
        phrase.year == nil
      else { return nil }
      switch phrase.period {
      case .month(let number):
        let before = phrase.relation == .before && !phrase.hasEndMarker
        guard before else { return .some(PeriodDay(month: number, day: nil)) }
        return .some(number > 1 ? PeriodDay(month: number - 1, day: nil) : nil)
      case .day(let number, let day):
        return .some(PeriodDay(month: number, day: day))
      default:
        return nil
      }
    }
    if recurrence.months > 1 {
      if cursor.consume(anyOf: ["首月", "第一个月", "第一月"]) != nil {
        month = 1
      } else if cursor.consume(anyOf: ["末月", "最后一个月", "最后一月"]) != nil {
        month = recurrence.months
      } else if cursor.consume("第"), let number = cursor.readCount(maxDigits: 2),
        cursor.consume(anyOf: ["个月", "月"]) != nil
      {
        month = number
      } else {
        return nil
      }
      if readPeriodEnd(&cursor, recurrence) { return .some(PeriodDay(month: month, day: nil)) }
    }
    guard let day = cursor.readCount(maxDigits: 2), cursor.consume(anyOf: ["日", "号"]) != nil
    else { return nil }
    _ = cursor.consume(anyOf: ["以前", "之前", "前"])
    return .some(PeriodDay(month: month, day: day))
  }

  /// In a document, after a recurrence word: the day of the period when one
  /// follows (`每年3月底前`, `每季度首月10日前`, `每季度末`), or nothing read.
  static func readDocumentSuffix(_ cursor: inout TimeTextCursor, _ recurrence: Recurrence) {
    let start = cursor.index
    if cursor.consume(anyOf: ["底", "末"]) != nil {
      _ = cursor.consume(anyOf: ["以前", "之前", "前"])
      return
    }
    if let day = readDueDay(&cursor, recurrence), day != nil, cursor.index > start { return }
    cursor.index = start
  }

  /// The occurrences between `from` and `until`, each due on `dueDay` of
  /// its period when there is one; at most `limit` + 1 of them (see
  /// `Recurrence.occurrences(from:until:limit:)`).
  public func occurrences(from: Day, until: Day, limit: Int = .max) -> [Occurrence] {
    recurrence.occurrences(from: from, until: until, limit: limit).map { occurrence in
      guard let dueDay else { return occurrence }
      return Occurrence(
        suffix: occurrence.suffix, start: occurrence.start,
        due: dueDay.due(inPeriodStartingOn: occurrence.start))
    }
  }
}
