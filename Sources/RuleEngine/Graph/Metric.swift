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
    return metric
  }
}
