public import RuleParser

/// The form of the target a metric finding judged, when it is more than one
/// ceiling or floor: its shape, its stage, its period, whether it is shared.
public struct TargetForm: Sendable, Hashable {
  /// About a value, a range, a direction, or a bound.
  public var shape: TargetShape
  /// A range's lower end.
  public var low: Double?
  /// The stage judged (1-based), for a staged target.
  public var stage: Int?
  /// How many stages the target has (0 for one target or a periodic one).
  public var stages: Int
  /// The period of a target met in each period.
  public var period: Recurrence?
  /// How a shared target combines its members' readings.
  public var shared: SharedReading?
  /// How many bodies a shared target combines.
  public var members: Int
}
