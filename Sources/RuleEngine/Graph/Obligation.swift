public import RuleParser

/// A duty as declared, after resolution; its instances are in
/// `ObligationGraph.instances`.
public struct Obligation: Sendable {
  /// How the deadline was given.
  public enum DueRule: Sendable {
    /// A fixed day, with the phrase it was written as.
    case fixed(Day, phrase: String)
    /// A span after a prerequisite's completion (or after `plan.effective`).
    case relative(within: TimeSpan, after: String?)
  }

  /// The id.
  public var id: String
  /// The title.
  public var title: String
  /// The clause it comes from.
  public var source: SourceClause?
  /// The responsible bodies, as written (groups not expanded).
  public var responsible: [String]
  /// The cooperating bodies, as written.
  public var cooperating: [String]
  /// The prerequisite obligations (including `due.after`).
  public var dependsOn: [String]
  /// The deadline rule, for a one-off duty.
  public var due: DueRule?
  /// The recurrence, for a recurring duty.
  public var every: Recurrence?
  /// The day of each period it falls due (`每年3月底前`); `nil` for the period's end.
  public var everyDue: PeriodDay?
  /// The first day of a recurring duty.
  public var from: Day?
  /// The last day of a recurring duty.
  public var until: Day?
  /// The time-limit class.
  public var obligationClass: ObligationClass?
  /// The time to report a completed duty (own or the plan's default).
  public var reportWithin: TimeSpan?
  /// The time to publish a completed duty (own or the plan's default).
  public var publishWithin: TimeSpan?
  /// Where it is declared.
  public var location: SourceLocation
}
