/// Finds every time expression in a source document, for `rulec coverage`:
/// dated deadlines (`2017年底前`, `2018年6月底前`, `到2020年`), bare years,
/// year ranges (`2017年至2020年`), starting points (`2018年起`), ISO dates,
/// recurrences (`每年`, `每季度`), annual terms (`年度`), time limits
/// (`一个月内`), `长期坚持` and plan periods (`十三五`).
///
/// Expressions do not overlap: the scan goes from the start and takes the
/// longest expression at each position, so `到2020年底` is one expression.
public enum TimeExpressionScanner {
  /// Every time expression of `text`, in document order.
  ///
  /// - Complexity: O(n) in the length of `text`: each position is looked
  ///   at by a fixed set of readers that read a bounded number of scalars.
  public static func scan(_ text: String) -> [TimeExpression] {
    let scalars = Array(text.unicodeScalars)
    var expressions: [TimeExpression] = []
    var index = 0
    var line = 1
    var column = 1
    var offset = 0
    if scalars.first == "\u{FEFF}" {
      index = 1
      offset = 3
    }
    while index < scalars.count {
      if let (end, kind) = match(at: index, in: scalars) {
        let width = scalars[index..<end].reduce(0) { $0 + UTF8.width($1) }
        expressions.append(
          TimeExpression(
            kind: kind, text: String(String.UnicodeScalarView(scalars[index..<end])), line: line,
            column: column, byteRange: offset..<(offset + width)))
        column += end - index
        offset += width
        index = end
        continue
      }
      let scalar = scalars[index]
      offset += UTF8.width(scalar)
      index += 1
      if scalar == "\n" || (scalar == "\r" && index < scalars.count && scalars[index] != "\n") {
        line += 1
        column = 1
      } else if scalar != "\r" {
        column += 1
      }
    }
    return expressions
  }

  /// The expression starting at `index`, if any: where it ends and its kind.
  static func match(
    at index: Int, in scalars: [Unicode.Scalar]
  ) -> (end: Int, kind: TimeExpression.Kind)? {
    let first = scalars[index]
    let mayStartNumber =
      Numeral.arabic(first) != nil || Numeral.isChinese(first) || numberOpeners.contains(first)
    guard mayStartNumber || wordOpeners.contains(first) else { return nil }
    var cursor = TimeTextCursor(scalars, at: index)
    if wordOpeners.contains(first), let kind = readWord(&cursor) { return (cursor.index, kind) }
    guard mayStartNumber, startsNumber(cursor) else { return nil }
    for reader in numberReaders {
      cursor.index = index
      if let kind = reader(&cursor) { return (cursor.index, kind) }
    }
    return nil
  }

  /// The readers of expressions that open with a number, in order of
  /// preference; each may assume a number can start at the cursor.
  private static let numberReaders: [@Sendable (inout TimeTextCursor) -> TimeExpression.Kind?] = [
    readCalendar, readDate, readTimeLimit, readPlanPeriod,
  ]

  /// Scalars other than numerals that may open a numbered expression:
  /// `到2020年`, `截至2017年底`, `第三季度末`, `上半年前`, `半年内`.
  private static let numberOpeners: Set<Unicode.Scalar> = [
    "到", "截", "第", "上", "下", "半", "自", "从", "用", "“", "\"", "春", "国", "元", "清", "劳", "端", "中",
  ]

  /// Scalars that open a fixed word: `每年`, `年度`, `上年度`, `长期坚持`.
  private static let wordOpeners: Set<Unicode.Scalar> = ["每", "年", "上", "本", "下", "长"]

  /// The fixed words, longer before their prefixes, each with its kind.
  private static let words: [(text: String, kind: TimeExpression.Kind)] =
    Recurrence.chineseSpellings.map { ($0.text, .recurrence) }
    + ["上年度", "本年度", "下年度", "年度"].map { ($0, .annual) }
    + ["长期坚持", "长期整改"].map { ($0, .longTerm) }

  /// A fixed word: a recurrence (`每季度`), an annual term (`上年度`) or a
  /// standing duty (`长期坚持`).
  private static func readWord(_ cursor: inout TimeTextCursor) -> TimeExpression.Kind? {
    guard let word = words.first(where: { cursor.consume($0.text) }) else { return nil }
    if word.kind == .recurrence, let recurrence = try? Recurrence.parse(word.text).get() {
      RecurrencePhrase.readDocumentSuffix(&cursor, recurrence)
    }
    return word.kind
  }

  /// A phrase anchored on the calendar: `2017年底前`, `2017年至2020年`,
  /// `2018年起`, `2020年`, or a month with a marker but no year (`6月底前`).
  private static func readCalendar(_ cursor: inout TimeTextCursor) -> TimeExpression.Kind? {
    let start = cursor.index
    let opensStart = cursor.consume(anyOf: DeadlinePhrase.startWords) != nil
    guard
      let phrase = CalendarPhrase.read(
        from: &cursor, leadingWords: CalendarPhrase.documentLeadingWords, allowRedacted: true)
    else {
      cursor.index = start
      return nil
    }
    if opensStart, phrase.relation != .since {
      cursor.index = start
      return nil
    }
    if phrase.relation == .since {
      // `2012年起5年内`: a span anchored on its start.
      let afterStart = cursor.index
      if TimeSpan.readChinese(from: &cursor) != nil,
        cursor.consume(anyOf: TimeSpan.withinWords) != nil
      {
        return .timeLimit
      }
      cursor.index = afterStart
    }
    if phrase.rangeStart != nil { return .yearRange }
    if phrase.year == nil {
      let isMarked = phrase.hasEndMarker || phrase.relation != .none || phrase.period.isDay
      guard isMarked else { return nil }
    }
    if phrase.relation == .since { return .since }
    if phrase.year == nil { return .deadline }
    let isBare =
      !phrase.hasLeadingWord && phrase.period == .year && !phrase.hasEndMarker
      && phrase.relation == .none
    return isBare ? .year : .deadline
  }

  /// An ISO date, `2022-12-08`.
  private static func readDate(_ cursor: inout TimeTextCursor) -> TimeExpression.Kind? {
    let start = cursor.index
    guard cursor.readArabic(maxDigits: 4) != nil, cursor.index == start + 4,
      cursor.consume("-"), cursor.readArabic(maxDigits: 2) != nil, cursor.consume("-"),
      cursor.readArabic(maxDigits: 2) != nil
    else { return nil }
    return .date
  }

  /// `一个月内`, `两个月内`, `半年内`, `10日内`: a span and `内`;
  /// `用2年时间`; working days with or without `内` (`5个工作日`).
  private static func readTimeLimit(_ cursor: inout TimeTextCursor) -> TimeExpression.Kind? {
    guard cursor.previous != "第" else { return nil }
    let uses = cursor.consume("用")
    guard let span = TimeSpan.readChinese(from: &cursor) else { return nil }
    if uses { return cursor.consume("时间") ? .timeLimit : nil }
    let within = cursor.consume(anyOf: TimeSpan.withinWords) != nil
    return within || span.unit == .workingDay ? .timeLimit : nil
  }

  /// `十三五`, `十四五`: a five-year-plan period, with `期间` or `末` when
  /// written (`“十三五”期间`, `十三五末`; an opening quote only with them).
  private static func readPlanPeriod(_ cursor: inout TimeTextCursor) -> TimeExpression.Kind? {
    let start = cursor.index
    let quoted = cursor.peek().map(PlanPeriod.quotes.contains) ?? false
    if quoted { cursor.index += 1 }
    guard cursor.consume("十"), let digit = cursor.peek(),
      let value = Numeral.chineseDigit(digit), value > 0, cursor.peek(1) == "五"
    else {
      cursor.index = start
      return nil
    }
    if let next = cursor.peek(2),
      Numeral.arabic(next) != nil || Numeral.isChinese(next)
        || countedWords.unicodeScalars.contains(next)
    {
      cursor.index = start
      return nil
    }
    cursor.index += 2
    let afterName = cursor.index
    if let scalar = cursor.peek(), PlanPeriod.quotes.contains(scalar) { cursor.index += 1 }
    guard PlanPeriod.suffixes.contains(where: { cursor.consume($0.text) }) else {
      cursor.index = quoted ? start : afterName
      return quoted ? nil : .planPeriod
    }
    return .planPeriod
  }

  /// What follows a number that counts something (`十三五年`, `十三五个`),
  /// which makes it no plan period.
  private static let countedWords = "年月日天个万亿%"

  /// Whether a number may start at the cursor: a number inside a longer
  /// number (`12017年`, `二十三五`) is not an expression of its own.
  private static func startsNumber(_ cursor: TimeTextCursor) -> Bool {
    guard let previous = cursor.previous else { return true }
    return Numeral.arabic(previous) == nil && !Numeral.isChinese(previous)
      && !(previous.isASCII && previous.properties.isAlphabetic) && previous != "."
  }
}
