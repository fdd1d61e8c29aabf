/// A quantitative target of the plan.
public struct MetricDecl: Sendable {
  /// Whether a target is a ceiling or a floor.
  public enum Direction: String, Sendable, Codable {
    /// The value must not exceed the target (`at_most`).
    case atMost = "at_most"
    /// The value must reach the target (`at_least`).
    case atLeast = "at_least"
  }

  /// A target as the plan writes it: a ceiling or floor, an approximate
  /// value, a range or a direction, met by one day or staged over several,
  /// or met again in every period (`每年不少于100名`).
  public struct Target: Sendable {
    /// Ceiling or floor (for a bound; a floor for the other shapes).
    public var direction: Direction
    /// The final target value (for a relative target, the change in percent;
    /// for a range, its upper end; for a direction, 0).
    public var value: Located<Double>
    /// The day by which the final target must be met.
    public var by: Located<Day>
    /// Whether `value` is a change from the baseline in percent (`-18%`:
    /// 较基准下降18%), resolved against the baseline's value.
    public var isRelative = false
    /// What meeting the target means: a bound, about a value, inside a range,
    /// or a direction to report on.
    public var shape: TargetShape = .bound
    /// The stages before the final one, in date order (`target:` written as a
    /// list: 2018年30%、2019年40%、2020年50%).
    public var earlier: [Stage] = []
    /// The period of a target met again in each period (`every: 每年`).
    public var every: Located<RecurrencePhrase>? = nil
    /// The first day of the first period of an `every` target.
    public var from: Located<Day>? = nil

    /// The target's value for a baseline: `value` itself, or the baseline
    /// changed by `value` percent (`nil` for a relative target without one).
    public func resolved(baseline: Double?) -> Double? {
      Stage(value: value, by: by, isRelative: isRelative).resolved(baseline: baseline)
    }
  }

  /// One stage of a staged target: its value and its day.
  public struct Stage: Sendable {
    /// The value (for a relative target, the change in percent).
    public var value: Located<Double>
    /// The day it must be met.
    public var by: Located<Day>
    /// Whether `value` is a change from the baseline in percent.
    public var isRelative = false
    /// A range's lower end.
    public var low: Double? = nil

    /// The stage's value for a baseline: `value`, or the baseline changed by
    /// `value` percent (`nil` for a relative stage without one).
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
  /// The whole target as written (its shape, stages and period).
  public var goal: Target
  /// Whether the target is one over all members' readings together
  /// (`市、区两级…1万名`): their sum or mean, `nil` for one target per body.
  public var shared: Located<SharedReading>?
  /// What differs for some bodies (`per_body:`).
  public var perBody: [BodyOverrideDecl] = []
  /// The clause it comes from.
  public var source: SourceDecl?
  /// Why the rule is doubtful (`doubtful:`): its findings are flagged 待核实 and
  /// drive no escalation.
  public var doubtful: Located<String>?
  /// The whole declaration.
  public var range: SourceRange
}
