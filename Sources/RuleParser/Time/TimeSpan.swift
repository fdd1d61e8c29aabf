/// A length of calendar time: the `within:` of a relative deadline,
/// `report_within:`, `publish_within:`, a reminder's lead time.
///
/// Months and years are calendar months: adding one month to 2017-01-31
/// gives 2017-02-28. `半年` is six months.
public struct TimeSpan: Sendable, Hashable {
  /// The unit a span is counted in.
  public enum Unit: String, Sendable, Hashable, CaseIterable {
    /// Calendar days.
    case day
    /// Weeks of seven days.
    case week
    /// Calendar months, clamped to the month's end.
    case month
    /// Calendar years (twelve months).
    case year
    /// Working days of China's official calendar (个工作日): weekends and
    /// public holidays off, 调休 make-up days on.
    case workingDay = "working day"
  }

  /// How many units, zero or more.
  public let count: Int
  /// The unit.
  public let unit: Unit

  /// The largest count of each unit: about a hundred years.
  public static func limit(of unit: Unit) -> Int {
    switch unit {
    case .day: 36_525
    case .week: 5_218
    case .month: 1_200
    case .year: 100
    case .workingDay: 25_000
    }
  }

  /// Creates a span, or `nil` when `count` is negative or over the unit's limit.
  public init?(_ count: Int, _ unit: Unit) {
    guard (0...TimeSpan.limit(of: unit)).contains(count) else { return nil }
    self.count = count
    self.unit = unit
  }

  /// The day this span after `day` (months clamp to the month's last day;
  /// working days are counted in `calendar`, and fail outside its years).
  public func added(
    to day: Day, in calendar: WorkingCalendar = .china
  ) -> Result<Day, WorkingCalendarError> {
    switch unit {
    case .day: .success(day.adding(days: count))
    case .week: .success(day.adding(days: count * 7))
    case .month: .success(day.adding(months: count))
    case .year: .success(day.adding(months: count * 12))
    case .workingDay: calendar.adding(workingDays: count, to: day)
    }
  }

  /// The canonical text, as written in JSON: `1 day`, `2 months`.
  public var description: String { localizedDescription.en }

  /// The compact text of the command line: `7d`, `2w`, `6m`, `1y`.
  public var compactDescription: String {
    let letter =
      switch unit {
      case .day: "d"
      case .week: "w"
      case .month: "m"
      case .year: "y"
      case .workingDay: "wd"
      }
    return "\(count)\(letter)"
  }

  /// The span in both languages: `2 months` / `2个月`.
  public var localizedDescription: LocalizedText { TimeSpan.describe(count, unit) }

  /// Any count of a unit in both languages, even one over the limit.
  static func describe(_ count: Int, _ unit: Unit) -> LocalizedText {
    let zh =
      switch unit {
      case .day: "\(count)天"
      case .week: "\(count)周"
      case .month: "\(count)个月"
      case .year: "\(count)年"
      case .workingDay: "\(count)个工作日"
      }
    return LocalizedText(en: "\(count) \(unit.rawValue)\(count == 1 ? "" : "s")", zh: zh)
  }
}

extension TimeSpan: CustomStringConvertible {}

extension TimeSpan: TextCodable {
  /// Decoded from any accepted form; encoded as the canonical text, `2 months`.
  public static let textName = "a time span"

  /// The span a text names.
  public init?(decodedText text: String) {
    guard case .success(let span) = TimeSpan.parse(text) else { return nil }
    self = span
  }
}
