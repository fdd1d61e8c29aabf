/// A duty of the plan as written in a rule file.
///
/// Immutable and shared: a plan holds a hundred thousand of these, and the
/// compiler's tables pass them around; copying a reference costs one retain
/// where copying the fields would cost one per string and array.
public final class ObligationDecl: Sendable {
  /// How the due date of a duty is given.
  public enum Due: Sendable {
    /// A fixed day, from an ISO date or one of the document's phrases.
    case fixed(Located<Day>, phrase: String)
    /// A time span from a prerequisite's completion, or from `plan.effective`
    /// when `after` is absent.
    case relative(within: Located<TimeSpan>, after: Located<String>?)
  }

  /// The obligation's id.
  public let id: Located<String>
  /// What must be done, in the document's words.
  public let title: Located<String>
  /// The clause it comes from.
  public let source: SourceDecl?
  /// The responsible bodies (a group expands to its members).
  public let responsible: [Located<String>]
  /// Whether `responsible` was written as a list (`[lanzhou]`): a list
  /// always gives `obligation@body` instance ids, even with one body.
  public let responsibleIsList: Bool
  /// Bodies that cooperate without being responsible.
  public let cooperating: [Located<String>]
  /// Obligations that must be completed first.
  public let dependsOn: [Located<String>]
  /// The deadline, for a one-off duty.
  public let due: Due?
  /// The recurrence, for a recurring duty.
  public let every: Located<Recurrence>?
  /// The day of each period it falls due (`每年3月底前`); `nil` for the period's end.
  public let everyDue: PeriodDay?
  /// The first day of a recurring duty (its own `from`, or the start its
  /// `every` names, or `plan.effective`).
  public let from: Located<Day>?
  /// The last day of a recurring duty (default `plan.until`).
  public let until: Located<Day>?
  /// The id of the time-limit class (declared under `classes:`).
  public let obligationClass: Located<String>?
  /// Why the rule is doubtful (`doubtful:`): its findings are flagged 待核实 and
  /// drive no escalation.
  public let doubtful: Located<String>?
  /// Overrides `plan.report_within` for this duty.
  public let reportWithin: Located<TimeSpan>?
  /// Overrides `plan.publish_within` for this duty.
  public let publishWithin: Located<TimeSpan>?
  /// What differs for some bodies (`per_body:`).
  public let perBody: [BodyOverrideDecl]
  /// The whole declaration.
  public let range: SourceRange

  /// Creates a declaration.
  public init(
    id: Located<String>, title: Located<String>, source: SourceDecl?,
    responsible: [Located<String>], responsibleIsList: Bool, cooperating: [Located<String>],
    dependsOn: [Located<String>], due: Due?, every: Located<Recurrence>?,
    everyDue: PeriodDay?, from: Located<Day>?, until: Located<Day>?,
    obligationClass: Located<String>?, doubtful: Located<String>?,
    reportWithin: Located<TimeSpan>?, publishWithin: Located<TimeSpan>?,
    perBody: [BodyOverrideDecl] = [], range: SourceRange
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.responsible = responsible
    self.responsibleIsList = responsibleIsList
    self.cooperating = cooperating
    self.dependsOn = dependsOn
    self.due = due
    self.every = every
    self.everyDue = everyDue
    self.from = from
    self.until = until
    self.obligationClass = obligationClass
    self.doubtful = doubtful
    self.reportWithin = reportWithin
    self.publishWithin = publishWithin
    self.perBody = perBody
    self.range = range
  }
}
