/// A five-year-plan period (`十三五`: 2016–2020).
///
/// Read from `十三五期间`, `“十三五”期间`, `十三五末`; the periods' years are fixed data.
public struct PlanPeriod: Sendable, Hashable {
  /// The plan's ordinal: 13 for 十三五.
  public let ordinal: Int
  /// Whether the phrase names the period's end (`末`) rather than the whole period.
  public let isEnd: Bool

  /// The first year of each plan, 一五 (1953) to 十五五 (2026); 1963–1965
  /// fell between 二五 and 三五.
  static func firstYear(of ordinal: Int) -> Int? {
    switch ordinal {
    case 1: 1953
    case 2: 1958
    case 3...15: 1966 + (ordinal - 3) * 5
    default: nil
    }
  }

  /// The period's first and last day.
  public var days: (first: Day, last: Day)? {
    guard let year = PlanPeriod.firstYear(of: ordinal) else { return nil }
    return (Day.firstDay(ofMonth: 1, year: year), Day.lastDay(ofMonth: 12, year: year + 4))
  }

  /// Quotation marks a plan may put around the period's name.
  ///
  /// An array: eight are soon searched, and a set's type is made at run
  /// time on first use, a look-up of the scalars' hashing that cost 0.4 M
  /// instructions in every run reading a plan.
  static let quotes: [Unicode.Scalar] = ["\"", "“", "”", "「", "」", "'", "‘", "’"]

  /// Words after the name: the whole period, or its end.
  static let suffixes: [(text: String, isEnd: Bool)] = [
    ("规划期末", true), ("时期末", true), ("末期", true), ("期末", true), ("末", true),
    ("规划期间", false), ("规划期", false), ("期间", false), ("时期", false),
  ]

  /// Reads `十三五期间` or `“十三五”末` at the cursor (the name alone when
  /// `requireSuffix` is false), or leaves it unmoved.
  static func read(from cursor: inout TimeTextCursor, requireSuffix: Bool) -> PlanPeriod? {
    let start = cursor.index
    if let scalar = cursor.peek(), quotes.contains(scalar) { cursor.index += 1 }
    guard let ordinal = readName(from: &cursor) else {
      cursor.index = start
      return nil
    }
    if let scalar = cursor.peek(), quotes.contains(scalar) { cursor.index += 1 }
    let suffix = suffixes.first { cursor.consume($0.text) }
    guard suffix != nil || !requireSuffix else {
      cursor.index = start
      return nil
    }
    return PlanPeriod(ordinal: ordinal, isEnd: suffix?.isEnd ?? false)
  }

  /// `一五` to `十五五`: a Chinese ordinal followed by 五.
  private static func readName(from cursor: inout TimeTextCursor) -> Int? {
    let start = cursor.index
    var value = 0
    if cursor.consume("十") {
      value = 10
      if let digit = cursor.peek().flatMap(Numeral.chineseDigit), digit > 0, cursor.peek(1) == "五" {
        value += digit
        cursor.index += 1
      }
    } else if let digit = cursor.peek().flatMap(Numeral.chineseDigit), digit > 0 {
      value = digit
      cursor.index += 1
    }
    guard value > 0, cursor.consume("五"), firstYear(of: value) != nil else {
      cursor.index = start
      return nil
    }
    return value
  }
}
