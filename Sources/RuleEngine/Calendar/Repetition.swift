public import RuleParser

/// How a recurring duty's deadlines repeat: every period of its recurrence,
/// on the period's last day, up to a last deadline (an iCalendar `RRULE`).
public struct Repetition: Sendable, Hashable {
  /// The recurrence.
  public var recurrence: Recurrence
  /// The last deadline of the series.
  public var until: Day

  /// The rule as iCalendar writes it: `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20181231`.
  public var rule: String {
    let frequency =
      switch recurrence {
      case .monthly: "FREQ=MONTHLY;BYMONTHDAY=-1"
      case .quarterly, .halfYearly: "FREQ=MONTHLY;INTERVAL=\(recurrence.months);BYMONTHDAY=-1"
      case .yearly: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"
      case .biennial, .triennial:
        "FREQ=YEARLY;INTERVAL=\(recurrence.months / 12);BYMONTH=12;BYMONTHDAY=-1"
      case .weekly: "FREQ=WEEKLY;BYDAY=SU"
      }
    return "\(frequency);UNTIL=\(until.compactISO)"
  }

  /// Whether `next` is the deadline that follows `day` in this repetition:
  /// both are period ends and `next` ends the period after `day`'s.
  func follows(_ day: Day, with next: Day) -> Bool {
    recurrence.period(containing: day).due == day
      && recurrence.period(containing: day.adding(days: 1)).due == next
  }
}
