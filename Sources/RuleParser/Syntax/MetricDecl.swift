/// A quantitative target of the plan.
public struct MetricDecl: Sendable {
  /// Whether a target is a ceiling or a floor.
  public enum Direction: String, Sendable, Codable {
    /// The value must not exceed the target (`at_most`).
    case atMost = "at_most"
    /// The value must reach the target (`at_least`).
    case atLeast = "at_least"
  }

  /// A ceiling or floor and the day it must be met.
  public struct Target: Sendable {
    /// Ceiling or floor.
    public var direction: Direction
    /// The target value (for a relative target, the change in percent).
    public var value: Located<Double>
    /// The day by which the target must be met.
    public var by: Located<Day>
    /// Whether `value` is a change from the baseline in percent (`-18%`:
    /// 较基准下降18%), resolved against the baseline's value.
    public var isRelative = false

    /// The target's value for a baseline: `value` itself, or the baseline
    /// changed by `value` percent (`nil` for a relative target without one).
    public func resolved(baseline: Double?) -> Double? {
      guard isRelative else { return value.value }
      return baseline.map { $0 * (1 + value.value / 100) }
    }
  }

  /// A starting value and its date.
  public struct Baseline: Sendable {
    /// The value.
    public var value: Located<Double>
    /// Its date.
    public var on: Located<Day>
  }

  /// The metric's id.
  public var id: Located<String>
  /// The indicator's name.
  public var name: Located<String>
  /// The unit of its values.
  public var unit: Located<String>
  /// The bodies that report it (a group expands to its members).
  public var responsible: [Located<String>]
  /// Whether `responsible` was written as a list.
  public var responsibleIsList: Bool
  /// The starting value and its date, when the document gives one.
  public var baseline: (value: Located<Double>, on: Located<Day>)?
  /// Ceiling or floor.
  public var direction: Direction
  /// The target value.
  public var target: Located<Double>
  /// The day by which the target must be met.
  public var by: Located<Day>
  /// What differs for some bodies (`per_body:`).
  public var perBody: [BodyOverrideDecl] = []
  /// The clause it comes from.
  public var source: SourceDecl?
  /// The whole declaration.
  public var range: SourceRange
}
