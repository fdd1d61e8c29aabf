public import RuleParser

/// What a calendar should hold: whose duties, which days, which reminders,
/// whether to add escalation dates, and in which language.
public struct CalendarRequest: Sendable {
  /// A body or a group (its members' duties); `nil` for every body.
  public var body: String?
  /// The first day shown; `nil` for no lower bound.
  public var from: Day?
  /// The last day shown; `nil` for no upper bound.
  public var to: Day?
  /// The reminders before each deadline.
  public var reminders: [Reminder]
  /// Whether to add the days on which escalation policies would fire.
  public var escalations: Bool
  /// The language of summaries, descriptions and labels.
  public var language: Language

  /// Creates a request; by default every body, every day, a reminder seven
  /// days before, no escalations.
  public init(
    body: String? = nil, from: Day? = nil, to: Day? = nil,
    reminders: [Reminder] = [Reminder.defaultLead], escalations: Bool = false,
    language: Language = .en
  ) {
    self.body = body
    self.from = from
    self.to = to
    self.reminders = reminders
    self.escalations = escalations
    self.language = language
  }

  /// Whether a day lies in the requested window.
  func includes(_ day: Day) -> Bool {
    if let from, day < from { return false }
    if let to, to < day { return false }
    return true
  }
}
