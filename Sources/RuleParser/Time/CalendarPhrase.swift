/// The shape of a phrase anchored on the calendar, such as `到2020年底前`,
/// `2017年7月底前` or `2017年至2020年`, read before its numbers are checked.
///
/// `2017年13月底前` reads as a phrase and is rejected when its day is worked
/// out, so that an impossible date and an unknown form stay distinct errors.
struct CalendarPhrase: Hashable {
  /// The part of the year a phrase names.
  enum Period: Hashable {
    /// The whole year: `2017年`.
    case year
    /// The first (1) or second (2) half: `上半年`, `下半年`.
    case half(Int)
    /// A quarter, 1 to 4 when valid: `一季度`, `第三季度`.
    case quarter(Int)
    /// A month, 1 to 12 when valid: `7月`, `七月`.
    case month(Int)
    /// A day of a month: `8月31日`.
    case day(month: Int, day: Int)
    /// A third of a month: 上旬 (1), 中旬 (2), 下旬 (3): days 1–10, 11–20, 21–end.
    case tenDays(month: Int, part: Int)
    /// A festival's days off in the official calendar: `春节`, `国庆节`.
    case festival(String)

    /// Whether the period is a single day.
    var isDay: Bool {
      if case .day = self { return true }
      return false
    }
  }

  /// How a phrase relates to its period.
  enum Relation: Hashable {
    /// No word: the period itself (`2017年7月`).
    case none
    /// `前`, `以前`, `之前`: before the period begins (a day: on that day).
    case before
    /// `内`, `以内`, `之内`: within the period.
    case within
    /// `起`, `以来`, `开始`: from the period on.
    case since
  }

  /// Whether a leading word such as `到` or `截至` opens the phrase.
  var hasLeadingWord = false
  /// The first year of a range (`2017` in `2017年至2020年`).
  var rangeStart: TimeTextCursor.Year?
  /// The year, or `nil` when the phrase names none (`7月底前`).
  var year: TimeTextCursor.Year?
  /// The period within the year.
  var period = Period.year
  /// Whether `底` or `末` marks the period's end (`年底`, `月末`).
  var hasEndMarker = false
  /// The relation word after the period.
  var relation = Relation.none

  /// Words that may open a deadline phrase in a rule (`到2020年`, `截至2017年底`).
  static let ruleLeadingWords = ["截止到", "截至", "截止", "到", "至", "于", "在"]
  /// Words that open a time expression in a document (`到2020年`).
  static let documentLeadingWords = ["截止到", "截至", "截止", "到"]
  /// What joins the years of a range: `2017年至2020年`, `2017-2020年`.
  static let rangeJoiners = ["至", "到", "-", "—", "–", "~", "～"]

  /// Reads a phrase at the cursor, or returns `nil` and leaves it unmoved.
  ///
  /// A phrase without a year must name a month, a quarter or a half year.
  static func read(
    from cursor: inout TimeTextCursor, leadingWords: [String], allowRedacted: Bool
  ) -> CalendarPhrase? {
    let start = cursor.index
    var phrase = CalendarPhrase()
    phrase.hasLeadingWord = cursor.consume(anyOf: leadingWords) != nil
    if let year = cursor.readYear(allowRedacted: allowRedacted) {
      if let end = readRangeEnd(from: &cursor, allowRedacted: allowRedacted) {
        phrase.rangeStart = year
        phrase.year = end
      } else if cursor.consume("年") {
        phrase.year = year
      } else {
        cursor.index = start
        return nil
      }
      if !cursor.consume("度") { phrase.period = readPeriod(from: &cursor) ?? .year }
      // `2019年年底前`: the year's end written with 年 twice.
      if phrase.period == .year, cursor.peek() == "年",
        cursor.peek(1) == "底" || cursor.peek(1) == "末"
      {
        cursor.index += 1
      }
    } else if let period = readPeriod(from: &cursor) {
      phrase.period = period
    } else {
      cursor.index = start
      return nil
    }
    if !phrase.period.isDay {
      phrase.hasEndMarker = cursor.consume(anyOf: ["底", "末"]) != nil
    }
    phrase.relation = readRelation(from: &cursor)
    return phrase
  }

  /// After a first year: the rest of a range up to its second `年`.
  private static func readRangeEnd(
    from cursor: inout TimeTextCursor, allowRedacted: Bool
  ) -> TimeTextCursor.Year? {
    let start = cursor.index
    _ = cursor.consume("年")
    if cursor.consume(anyOf: rangeJoiners) != nil,
      let end = cursor.readYear(allowRedacted: allowRedacted), cursor.consume("年")
    {
      return end
    }
    cursor.index = start
    return nil
  }

  /// A half year, quarter, month or day after `年` (or without a year).
  private static func readPeriod(from cursor: inout TimeTextCursor) -> Period? {
    if let festival = festivalSpellings.first(where: { cursor.consume($0.text) }) {
      return .festival(festival.name)
    }
    if cursor.consume("上半年") { return .half(1) }
    if cursor.consume("下半年") { return .half(2) }
    let start = cursor.index
    _ = cursor.consume("第")
    if let quarter = cursor.readCount(maxDigits: 2), cursor.consume(anyOf: ["季度", "季"]) != nil {
      return .quarter(quarter)
    }
    cursor.index = start
    guard let month = cursor.readCount(maxDigits: 2), cursor.consume("月") else {
      cursor.index = start
      return nil
    }
    _ = cursor.consume("份")
    let dayStart = cursor.index
    if let day = cursor.readCount(maxDigits: 2), cursor.consume(anyOf: ["日", "号"]) != nil {
      return .day(month: month, day: day)
    }
    cursor.index = dayStart
    if let part = ["上旬", "中旬", "下旬"].firstIndex(where: { cursor.consume($0) }) {
      return .tenDays(month: month, part: part + 1)
    }
    return .month(month)
  }

  /// The festivals' spellings (longer first), with the calendar's names.
  static let festivalSpellings: [(text: String, name: String)] = [
    ("国庆节", "国庆节"), ("国庆", "国庆节"), ("春节", "春节"), ("元旦", "元旦"), ("清明节", "清明节"),
    ("劳动节", "劳动节"), ("五一", "劳动节"), ("端午节", "端午节"), ("中秋节", "中秋节"),
  ]

  /// The relation word after a period, if any.
  private static func readRelation(from cursor: inout TimeTextCursor) -> Relation {
    if cursor.consume(anyOf: ["以前", "之前"]) != nil { return .before }
    if cursor.peek() == "前", cursor.peek(1) != "后" {
      cursor.index += 1
      return .before
    }
    if cursor.consume(anyOf: ["以内", "之内"]) != nil { return .within }
    if cursor.peek() == "内", cursor.peek(1) != "蒙" {
      cursor.index += 1
      return .within
    }
    if cursor.consume(anyOf: ["以来", "开始", "起"]) != nil { return .since }
    return .none
  }
}
