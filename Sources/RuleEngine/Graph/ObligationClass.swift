public import RuleParser

/// A time-limit class the plan declares (`classes:`): its name in the
/// document's words and the deadline it gives the duties tagged with it.
public struct ObligationClass: Sendable, Hashable {
  /// The id (`immediate`).
  public var id: String
  /// The name in the document's words (立行立改).
  public var name: String
  /// A span from `plan.effective`, for a class counted from it.
  public var within: TimeSpan?
  /// A fixed day, for a class with one.
  public var due: Day?
  /// The latest deadline of any duty of the class; a later `within` deadline
  /// is cut to it.
  public var final: Day?
  /// Whether the class is standing (长期坚持): no deadline.
  public var standing: Bool
  /// For a standing class, how often its duties report (`report: 每季度`):
  /// each period is a report instance of each duty, due at the period's end.
  public var report: RecurrencePhrase? = nil
  /// The clause it comes from.
  public var source: SourceClause?
  /// Its position among the plan's classes (for colours and ordering).
  public var position: Int = 0

  /// The deadline the class gives a duty of a plan effective on `effective`:
  /// `within` after it (working days counted in `calendar`; cut to `final`),
  /// or the fixed day; `nil` when standing, or when working days run past
  /// the calendar's years (the compiler reports E202 for that).
  public func deadline(effective: Day?, in calendar: WorkingCalendar = .china) -> Day? {
    if let due { return final.map { Swift.min($0, due) } ?? due }
    guard let within, let effective,
      let day = try? within.added(to: effective, in: calendar).get()
    else {
      return nil
    }
    return final.map { Swift.min($0, day) } ?? day
  }
}

/// Where an instance's deadline comes from.
public enum DueSource: String, Sendable, Hashable {
  /// The obligation's own `due:` or `every:`.
  case own
  /// The obligation's class.
  case `class`
}
