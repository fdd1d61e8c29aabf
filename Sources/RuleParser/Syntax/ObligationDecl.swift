/// A duty of the plan as written in a rule file.
public struct ObligationDecl: Sendable {
  /// How the due date of a duty is given.
  public enum Due: Sendable {
    /// A fixed day, from an ISO date or one of the document's phrases.
    case fixed(Located<Day>, phrase: String)
    /// A time span from a prerequisite's completion, or from `plan.effective`
    /// when `after` is absent.
    case relative(within: Located<TimeSpan>, after: Located<String>?)
  }

  /// The obligation's id.
  public var id: Located<String>
  /// What must be done, in the document's words.
  public var title: Located<String>
  /// The clause it comes from.
  public var source: SourceDecl?
  /// The responsible bodies (a group expands to its members).
  public var responsible: [Located<String>]
  /// Whether `responsible` was written as a list (`[lanzhou]`): a list
  /// always gives `obligation@body` instance ids, even with one body.
  public var responsibleIsList: Bool
  /// Bodies that cooperate without being responsible.
  public var cooperating: [Located<String>]
  /// Obligations that must be completed first.
  public var dependsOn: [Located<String>]
  /// The deadline, for a one-off duty.
  public var due: Due?
  /// The recurrence, for a recurring duty.
  public var every: Located<Recurrence>?
  /// The day of each period it falls due (`每年3月底前`); `nil` for the period's end.
  public var everyDue: PeriodDay?
  /// The first day of a recurring duty (its own `from`, or the start its
  /// `every` names, or `plan.effective`).
  public var from: Located<Day>?
  /// The last day of a recurring duty (default `plan.until`).
  public var until: Located<Day>?
  /// The id of the time-limit class (declared under `classes:`).
  public var obligationClass: Located<String>?
  /// Why the rule is doubtful (`doubtful:`): its findings are flagged 待核实 and
  /// drive no escalation.
  public var doubtful: Located<String>?
  /// Overrides `plan.report_within` for this duty.
  public var reportWithin: Located<TimeSpan>?
  /// Overrides `plan.publish_within` for this duty.
  public var publishWithin: Located<TimeSpan>?
  /// What differs for some bodies (`per_body:`).
  public var perBody: [BodyOverrideDecl] = []
  /// The whole declaration.
  public var range: SourceRange
}
