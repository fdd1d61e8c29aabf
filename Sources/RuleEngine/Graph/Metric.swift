public import RuleParser

/// A quantitative target.
public struct Metric: Sendable {
  /// The id.
  public var id: String
  /// The indicator's name.
  public var name: String
  /// The unit.
  public var unit: String
  /// The responsible bodies, as written.
  public var responsible: [String]
  /// The baseline value, if given.
  public var baselineValue: Double?
  /// The baseline date, if given.
  public var baselineOn: Day?
  /// Ceiling or floor.
  public var direction: MetricDecl.Direction
  /// The target value.
  public var target: Double
  /// When the target must be met.
  public var by: Day
  /// The clause it comes from.
  public var source: SourceClause?
  /// Where it is declared.
  public var location: SourceLocation
  /// Why the rule is doubtful, when it is marked so.
  public var doubtful: String? = nil
  /// What meeting the target means: a bound, about a value, a range or a
  /// direction with no number.
  public var shape: TargetShape = .bound
  /// Every stage of a staged or periodic target in date order, the last being
  /// `target` by `by`; empty for one target.
  public var stages: [MetricStage] = []
  /// The period of a target met in each period (`每年不少于100名`): a reading
  /// counts for the period it is dated in.
  public var period: Recurrence? = nil
  /// How a shared target combines its members' readings, `nil` for one
  /// target per body.
  public var shared: SharedReading? = nil
  /// The bodies whose readings a shared target combines, in the order
  /// written; the first answers for the finding.
  public var sharedBy: [String] = []

  /// The stages the target is judged by: `stages`, or the one target.
  public var allStages: [MetricStage] {
    stages.isEmpty ? [MetricStage(value: target, by: by, low: shape.low)] : stages
  }

  /// Whether `value` misses a stage: worse than a bound, outside the
  /// tolerance or the range; a direction is never missed.
  public func misses(_ value: Double, _ stage: MetricStage) -> Bool {
    gap(value, stage) > 0
  }

  /// How far `value` is from meeting a stage (0 when it meets it).
  public func gap(_ value: Double, _ stage: MetricStage) -> Double {
    switch shape {
    case .bound: isWorse(value, than: stage.value) ? abs(value - stage.value) : 0
    case .about(let tolerance, let percent):
      max(0, abs(value - stage.value) - (percent ? abs(stage.value) * tolerance / 100 : tolerance))
    case .between:
      max(0, (stage.low ?? stage.value) - value, value - stage.value)
    case .trend: 0
    }
  }

  /// Whether `value` is worse than `reference` in this metric's direction.
  public func isWorse(_ value: Double, than reference: Double) -> Bool {
    switch direction {
    case .atMost: value > reference
    case .atLeast: value < reference
    }
  }

  /// The value on the straight path from baseline to target at a day, or
  /// `nil` without a baseline or before it.
  public func pathValue(on day: Day) -> Double? {
    guard let baselineValue, let baselineOn, day >= baselineOn else { return nil }
    let total = Double(baselineOn.days(until: by))
    guard total > 0, day < by else { return target }
    let fraction = Double(baselineOn.days(until: day)) / total
    return baselineValue + (target - baselineValue) * fraction
  }
}

/// One stage of a staged or periodic target.
public struct MetricStage: Sendable, Hashable {
  /// The stage's value (a range's upper end).
  public var value: Double
  /// The day it must be met.
  public var by: Day
  /// A range's lower end.
  public var low: Double? = nil
  /// The first day whose readings count for the stage (a periodic target's
  /// period start), `nil` for a level met from its day on.
  public var opens: Day? = nil

  /// Creates a stage.
  public init(value: Double, by: Day, low: Double? = nil, opens: Day? = nil) {
    self.value = value
    self.by = by
    self.low = low
    self.opens = opens
  }
}

/// A metric as reported by one body: `air.pm25@lanzhou`.
public struct MetricInstance: Sendable {
  /// The id.
  public var id: String
  /// The metric.
  public var metric: String
  /// The reporting body.
  public var body: String
  /// This body's own target and baseline (`per_body:`), when it has them.
  public var override: Override?

  /// What differs for one body: its target, its baseline, or both.
  public struct Override: Sendable, Hashable {
    /// Ceiling or floor, with the target.
    public var direction: MetricDecl.Direction?
    /// The target value.
    public var target: Double?
    /// The day the target must be met.
    public var by: Day?
    /// The baseline value.
    public var baselineValue: Double?
    /// The baseline's date.
    public var baselineOn: Day?
    /// The shape of the body's own target.
    public var shape: TargetShape? = nil
    /// The stages of the body's own target.
    public var stages: [MetricStage] = []
    /// The period of the body's own target, when it is met in each period.
    public var period: Recurrence? = nil
  }
}

extension Metric {
  /// The metric as it applies to one instance: its body's own target and
  /// baseline in place of the entry's.
  public func applying(_ instance: MetricInstance) -> Metric {
    guard let override = instance.override else { return self }
    var metric = self
    metric.direction = override.direction ?? direction
    metric.target = override.target ?? target
    metric.by = override.by ?? by
    metric.baselineValue = override.baselineValue ?? baselineValue
    metric.baselineOn = override.baselineOn ?? baselineOn
    if override.target != nil {
      metric.shape = override.shape ?? .bound
      metric.stages = override.stages
      metric.period = override.period
    }
    return metric
  }
}
