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
  /// The time-limit class of 三(三).
  public var obligationClass: Located<ObligationClass>?
  /// Overrides `plan.report_within` for this duty.
  public var reportWithin: Located<TimeSpan>?
  /// Overrides `plan.publish_within` for this duty.
  public var publishWithin: Located<TimeSpan>?
  /// What differs for some bodies (`per_body:`).
  public var perBody: [BodyOverrideDecl] = []
  /// The whole declaration.
  public var range: SourceRange
}

/// The time-limit classes of a plan (三(三) of the bundled plan).
public enum ObligationClass: String, Sendable, CaseIterable, Codable {
  /// 立行立改: solved at once, within one month (一个月内整改到位).
  case immediate
  /// 专项整治: special campaigns showing results within two months.
  case special
  /// 阶段性: staged results within half a year.
  case staged
  /// 长期坚持: institutional, kept up over the long term.
  case longTerm = "long_term"

  /// The class's name in Chinese.
  public var chineseName: String {
    switch self {
    case .immediate: "立行立改"
    case .special: "专项整治"
    case .staged: "阶段性整改"
    case .longTerm: "长期坚持"
    }
  }
}
