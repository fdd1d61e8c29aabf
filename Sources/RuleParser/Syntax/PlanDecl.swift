/// The `plan:` block: what plan the rules encode and its defaults.
public struct PlanDecl: Sendable {
  /// The plan's id; snapshots name it.
  public var id: Located<String>
  /// The plan's title, in the document's language.
  public var title: Located<String>
  /// The source document, as written (relative to the declaring file).
  public var document: Located<String>?
  /// The day the plan takes effect; relative deadlines without `after` count from it.
  public var effective: Located<Day>?
  /// How soon after completion a duty must be reported, by default.
  public var reportWithin: Located<TimeSpan>?
  /// How soon after completion a duty must be made public, by default.
  public var publishWithin: Located<TimeSpan>?
  /// The plan's horizon: open-ended recurring duties end here.
  public var until: Located<Day>?
  /// The plan's own calendar file (local holidays), as written.
  public var calendar: Located<String>?
  /// Its escalation ladder, lowest first (`actions:`; the standard five by default).
  public var actions: [EscalationAction] = EscalationAction.standard
  /// The words its outputs use (`words:`).
  public var words: PlanWords = .standard
  /// Where the `plan:` block was written.
  public var range: SourceRange
}
