/// Reading spans as rules and the command line write them.
extension TimeSpan {
  /// Forms shown to users whose span was not understood.
  public static let examples = [
    "10 days", "2 weeks", "2 months", "1 year", "7d", "2w", "P2M", "10天", "两个月", "一个月内",
    "半年", "10个工作日内", "用2年时间",
  ]

  /// English words and letters for each unit, with the units they count.
  private static let englishUnits: [String: Unit] = [
    "d": .day, "day": .day, "days": .day,
    "w": .week, "week": .week, "weeks": .week,
    "m": .month, "mo": .month, "month": .month, "months": .month,
    "y": .year, "year": .year, "years": .year,
    "wd": .workingDay, "working day": .workingDay, "working days": .workingDay,
    "workingday": .workingDay, "workingdays": .workingDay,
  ]

  /// Chinese units (longer before their prefixes), each with its unit and
  /// how many of that unit one of it is.
  private static let chineseUnits: [(word: String, unit: Unit, factor: Int)] = [
    ("个工作日", .workingDay, 1), ("工作日", .workingDay, 1), ("个星期", .week, 1), ("个礼拜", .week, 1),
    ("星期", .week, 1), ("礼拜", .week, 1),
    ("周", .week, 1), ("个季度", .month, 3), ("个月", .month, 1), ("天", .day, 1),
    ("日", .day, 1), ("年", .year, 1),
  ]

  /// A span from its text: `10 days`, `2 months`, `7d`, `P2M`, `10天`,
  /// `两个月`, `一个月内`, `半年内`; `docs/time-phrases.md` lists every form.
  public static func parse(_ text: String) -> Result<TimeSpan, TimeSpanError> {
    let scalars = TimeText.compacted(text)
    guard !scalars.isEmpty else { return .failure(.empty) }
    guard let read = english(scalars) ?? chinese(scalars) else {
      return .failure(.unknownForm(TimeText.trimmed(text)))
    }
    guard let span = TimeSpan(read.count, read.unit) else {
      return .failure(.tooLong(count: read.count, unit: read.unit))
    }
    return .success(span)
  }

  /// `10 days`, `7d`, `P2M` (spaces already removed).
  private static func english(_ scalars: [Unicode.Scalar]) -> (count: Int, unit: Unit)? {
    guard scalars.allSatisfy(\.isASCII) else { return nil }
    var body = scalars[...]
    let isISO = body.first == "P" || body.first == "p"
    if isISO { body = body.dropFirst() }
    let digits = body.prefix { Numeral.arabic($0) != nil }
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    let count = digits.reduce(0) { $0 * 10 + (Numeral.arabic($1) ?? 0) }
    let word = String(String.UnicodeScalarView(body.dropFirst(digits.count))).lowercased()
    guard let unit = englishUnits[word], !isISO || word.count == 1 else { return nil }
    return (count, unit)
  }

  /// `10天`, `两个月`, `一个月内`, `半年内`, `半个月` (fifteen days),
  /// `10个工作日内`, `用2年时间`.
  private static func chinese(_ scalars: [Unicode.Scalar]) -> (count: Int, unit: Unit)? {
    var cursor = TimeTextCursor(scalars)
    let uses = cursor.consume("用")
    let read = readChinese(from: &cursor)
    if uses {
      guard cursor.consume("时间") else { return nil }
    } else {
      _ = cursor.consume(anyOf: withinWords)
    }
    return cursor.isAtEnd ? read : nil
  }

  /// The words that may follow a Chinese span: `内`, `以内`, `之内`.
  static let withinWords = ["以内", "之内", "内"]

  /// Reads a Chinese count and unit at the cursor (`两个月`, `半年`, `10天`),
  /// without a following `内`, or leaves the cursor unmoved.
  static func readChinese(from cursor: inout TimeTextCursor) -> (count: Int, unit: Unit)? {
    let start = cursor.index
    if cursor.consume("半") {
      if cursor.consume("年") { return (6, .month) }
      if cursor.consume("个月") { return (15, .day) }
    } else if let count = cursor.readArabic(maxDigits: 9) ?? cursor.readChinese(),
      let match = chineseUnits.first(where: { cursor.consume($0.word) })
    {
      return (count * match.factor, match.unit)
    }
    cursor.index = start
    return nil
  }
}
