/// A calendar day in the proleptic Gregorian calendar, without time or zone:
/// the unit of every deadline in a plan.
public struct Day: Sendable, Hashable, Comparable, TextCodable {
  /// `year × 512 + month × 32 + day`: one word instead of three, since a
  /// snapshot of a million entries holds several days each; the order of
  /// the packed values is the order of the days.
  private let packed: Int

  /// The year, such as 2017.
  public var year: Int { packed >> 9 }
  /// The month, 1...12.
  public var month: Int { (packed >> 5) & 0xF }
  /// The day of the month, 1...31.
  public var day: Int { packed & 0x1F }

  /// Creates a day, or `nil` when the date does not exist (2017-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.init(uncheckedYear: year, month: month, day: day)
  }

  /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`.
  @inlinable
  public init?(iso text: some StringProtocol) {
    self.init(isoUTF8: text.utf8)
  }

  /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`, from its UTF-8: ten
  /// ASCII bytes, the eight digits read as one number in one pass.
  ///
  /// Splitting the text into parts cost some 3,000 instructions a date,
  /// and reading each part by a range of indices some 240: every run reads
  /// the 1,400 dates of China's working calendar, and a large snapshot a
  /// million. Inlinable, so that each caller reads its own kind of bytes
  /// (a string's, a file's buffer) without going through the protocol.
  @inlinable
  public init?(isoUTF8 bytes: some Collection<UInt8>) {
    guard bytes.count == 10 else { return nil }
    var number = 0
    for (offset, byte) in bytes.enumerated() {
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      number = number * 10 + Int(digit)
    }
    self.init(year: number / 10_000, month: number / 100 % 100, day: number % 100)
  }

  /// The last day of a month.
  public static func endOf(month: Int, year: Int) -> Day? {
    guard (1...12).contains(month) else { return nil }
    return Day(year: year, month: month, day: daysIn(month: month, year: year))
  }

  /// The number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Whether a year is a Gregorian leap year.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// `YYYY-MM-DD`.
  public var description: String { TimeText.iso(year: year, month: month, day: day) }

  /// Days since 1970-01-01 (negative before).
  public var ordinal: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The day with a given ordinal (days since 1970-01-01).
  public init(ordinal: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(uncheckedYear: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

  /// The day `count` months later, clamped to the month's last day
  /// (2017-01-31 plus one month is 2017-02-28).
  public func adding(months count: Int) -> Day {
    let total = year * 12 + (month - 1) + count
    let y = total / 12
    let m = total % 12 + 1
    let d = min(day, Day.daysIn(month: m, year: y))
    return Day(uncheckedYear: y, month: m, day: d)
  }

  /// The number of days from `self` to `other` (positive when `other` is later).
  public func days(until other: Day) -> Int { other.ordinal - ordinal }

  /// Orders days chronologically.
  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }

  /// A day from numbers known to make one.
  init(uncheckedYear year: Int, month: Int, day: Int) {
    packed = year << 9 | month << 5 | day
  }

  /// Decoded as an ISO date.
  public static let textName = "an ISO date"

  /// The day of an ISO date.
  public init?(decodedText text: String) { self.init(iso: text) }
}
