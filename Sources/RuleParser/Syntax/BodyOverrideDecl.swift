/// One entry of an obligation's or a metric's `per_body:`.
///
/// What differs for a body or a group of the entry's responsible bodies
/// ("兰州、天水于6月底前完成，其他市州于10月底前完成"); anything not given
/// comes from the entry.
public struct BodyOverrideDecl: Sendable {
  /// The body or group the override is for.
  public var body: Located<String>
  /// The deadline of this body's instances (obligations).
  public var due: ObligationDecl.Due?
  /// The recurrence of this body's instances (obligations).
  public var every: Located<Recurrence>?
  /// The day of each period they fall due, with `every`.
  public var everyDue: PeriodDay?
  /// The bodies that cooperate with this body (obligations).
  public var cooperating: [Located<String>]?
  /// The target of this body's readings (metrics).
  public var target: MetricDecl.Target?
  /// The baseline of this body's readings (metrics).
  public var baseline: MetricDecl.Baseline?
}
