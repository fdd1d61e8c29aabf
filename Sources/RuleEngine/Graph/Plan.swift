public import RuleParser

/// The plan's identity and defaults.
public struct Plan: Sendable {
  /// The plan's id; a snapshot must name the same.
  public var id: String
  /// The plan's title.
  public var title: String
  /// The source document's path relative to the rules folder's parent's
  /// working directory, as resolved by the compiler, if any.
  public var document: String?
  /// The day the plan takes effect.
  public var effective: Day?
  /// The default time to report a completed duty.
  public var reportWithin: TimeSpan?
  /// The default time to make a completed duty public.
  public var publishWithin: TimeSpan?
  /// The last day of the plan's horizon: open-ended recurring duties end here.
  public var until: Day?
  /// The working calendar: China's official one, with the plan's own
  /// calendar file (local holidays) on top when it names one.
  public var calendar: WorkingCalendar = .china
  /// Its escalation ladder, lowest first (the standard five unless it declares one).
  public var actions: [EscalationAction] = EscalationAction.standard
  /// The words its outputs use: 整改台账 or 任务台账, 未报送整改情况 or 未报送工作进展.
  public var words: PlanWords = .standard
  /// Where the `plan:` block is.
  public var location: SourceLocation
}

extension Plan {
  /// A standard step as this plan's ladder ranks it (the step itself when the
  /// plan does not have it): `interview` is 4th on a ladder with a step of its
  /// own below it.
  public func rank(of step: EscalationAction) -> EscalationAction {
    actions.first { $0 == step } ?? step
  }
}
