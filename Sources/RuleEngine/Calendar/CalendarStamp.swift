public import RuleParser

/// The moment written as every event's `DTSTAMP`, in UTC.
///
/// rulec does not read the clock: the stamp is given (`--stamp`) or derived
/// from the compiled rules, so the same rules give the same calendar.
public struct CalendarStamp: Sendable, Hashable, CustomStringConvertible {
  /// The day.
  public let day: Day
  /// Seconds since midnight UTC, 0..<86400.
  public let seconds: Int

  /// A stamp at a time of a day (UTC), or `nil` when a field is out of range.
  public init?(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second)
    else { return nil }
    self.day = day
    seconds = hour * 3600 + minute * 60 + second
  }

  /// The stamp derived from a hash of the rules: on `day` (the plan's
  /// effective day, or 2000-01-01), at a time of day taken from the hash.
  public init(rulesHash: UInt64, day: Day?) {
    self.day = day ?? Day(ordinal: 10_957)
    seconds = Int(rulesHash % 86_400)
  }

  /// Reads `2017-07-01`, `2017-07-01T09:30:00Z`, `2017-07-01T09:30Z` or
  /// `20170701T093000Z` (UTC; a trailing `Z` is optional); `nil` otherwise.
  public init?(parsing text: String) {
    var rest = Substring(text)
    if rest.hasSuffix("Z") || rest.hasSuffix("z") { rest = rest.dropLast() }
    let parts = rest.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
    let dayText = parts[0]
    let compact = dayText.count == 8 && dayText.allSatisfy(\.isASCII)
    let iso =
      compact
      ? "\(dayText.prefix(4))-\(dayText.dropFirst(4).prefix(2))-\(dayText.suffix(2))"
      : String(dayText)
    guard let day = Day(iso: iso) else { return nil }
    guard parts.count == 2 else {
      self.init(day: day)
      return
    }
    let time = parts[1]
    let fields: [Substring]
    if time.contains(":") {
      fields = time.split(separator: ":", omittingEmptySubsequences: false)
    } else {
      guard time.count == 4 || time.count == 6 else { return nil }
      fields = stride(from: 0, to: time.count, by: 2).map {
        time.dropFirst($0).prefix(2)
      }
    }
    guard (2...3).contains(fields.count),
      fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
      let hour = Int(fields[0]), let minute = Int(fields[1])
    else { return nil }
    let second = fields.count == 3 ? Int(fields[2]) : 0
    guard let second else { return nil }
    self.init(day: day, hour: hour, minute: minute, second: second)
  }

  /// The stamp as iCalendar writes it: `20170701T093000Z`.
  public var description: String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let time = pad(seconds / 3600) + pad(seconds / 60 % 60) + pad(seconds % 60)
    return "\(day.compactISO)T\(time)Z"
  }
}
