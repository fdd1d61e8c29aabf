public import RuleParser

/// A reminder some whole days before a deadline (an iCalendar `VALARM`).
///
/// iCalendar durations count weeks, days and hours, never months, so a
/// reminder is made from a span in days or weeks only.
public struct Reminder: Sendable, Hashable {
  /// The days before the deadline, zero or more.
  public let days: Int

  /// The default: seven days before.
  public static let defaultLead = Reminder(checkedDays: 7)

  /// A reminder `span` before the deadline, or `nil` for a span in months,
  /// years or working days, which have no fixed number of days.
  public init?(_ span: TimeSpan) {
    switch span.unit {
    case .day: self.init(checkedDays: span.count)
    case .week: self.init(checkedDays: span.count * 7)
    case .month, .year, .workingDay: return nil
    }
  }

  private init(checkedDays days: Int) {
    self.days = days
  }

  /// The alarm's trigger, relative to the start of the deadline day: `-P7D`.
  var trigger: String { "-P\(days)D" }

  /// The lead time as text: `7 days` / `7天`.
  var text: LocalizedText {
    LocalizedText(en: days == 1 ? "1 day" : "\(days) days", zh: "\(days)天")
  }
}
