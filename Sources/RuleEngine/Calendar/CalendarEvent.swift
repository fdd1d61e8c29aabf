public import RuleParser

/// One entry of a duty calendar: a deadline (once, or a recurring duty's
/// series of deadlines), or the day an escalation step would follow a miss.
public struct CalendarEvent: Sendable {
  /// One day of the event, with the instance it stands for.
  public struct Occurrence: Sendable, Hashable {
    /// The day.
    public var date: Day
    /// The instance whose deadline (or escalation) falls on that day.
    public var instance: String
  }

  /// The escalation step an escalation event shows.
  public struct Escalation: Sendable, Hashable {
    /// The policy that would fire.
    public var policy: String
    /// What would be done.
    public var action: EscalationAction
    /// The body that would act.
    public var by: String
    /// The days after the deadline on which it would fire.
    public var daysAfterDue: Int
  }

  /// The stable identifier, unique in the calendar: `<instance>@<plan>.rulec`.
  public var uid: String
  /// The event's days, earliest first; more than one for a recurring duty.
  public var occurrences: [Occurrence]
  /// The rule that repeats the first day, for a recurring duty's series.
  public var repetition: Repetition?
  /// The duty's title.
  public var title: String
  /// The one-line title shown in calendars: the duty's title and body, after
  /// the action for an escalation.
  public var summary: String
  /// The description, one fact per line.
  public var details: [String]
  /// The categories: the body and the class or the action.
  public var categories: [String]
  /// The responsible body.
  public var body: String
  /// The responsible body's short name (or name).
  public var bodyName: String
  /// The obligation.
  public var obligation: String
  /// The clause: the duty's for a deadline, the policy's for an escalation.
  public var clause: SourceClause?
  /// The escalation step, for an escalation event.
  public var escalation: Escalation?
  /// The reminders before the event.
  public var reminders: [Reminder]

  /// What the event marks: an escalation when it shows an escalation step.
  public var kind: Kind { escalation == nil ? .deadline : .escalation }

  /// The first day.
  public var start: Day { occurrences.first?.date ?? Day(ordinal: 0) }
}

extension CalendarEvent {
  /// What an event marks.
  public enum Kind: String, Sendable, Hashable {
    /// A duty's deadline, or a recurring duty's deadlines.
    case deadline
    /// The day an escalation policy would fire if the duty were still open.
    case escalation
  }
}
