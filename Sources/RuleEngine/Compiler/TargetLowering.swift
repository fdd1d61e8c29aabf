import RuleParser

/// Turns a metric's written target into the stages it is judged by: the
/// stages of a list, one stage per period of an `every` target (each counting
/// the readings dated in its period), relative values resolved against the
/// baseline.
struct TargetLowering {
  /// The most periods a periodic target may have (every week for 19 years):
  /// real plans count a few dozen, and each period is a stage in the graph.
  static let maxPeriods = 1_000

  /// The plan's effective date: the first period's start by default.
  let effective: Day?

  /// The judged form of a target.
  struct Lowered {
    var shape: TargetShape
    var stages: [MetricStage]
    var period: Recurrence?
    var target: Double
    var by: Day
  }

  /// The stages of `target` against `baseline`; `nil` after reporting an error.
  func lower(_ target: MetricDecl.Target, baseline: Double?, diagnostics: inout Diagnostics)
    -> Lowered?
  {
    guard let final = target.resolved(baseline: baseline) else { return nil }
    let low = target.shape.low
    if let every = target.every {
      guard let start = target.from?.value ?? effective else {
        diagnostics.report(.periodTargetWithoutStart(at: every.range))
        return nil
      }
      let periods = every.value.recurrence.occurrences(
        from: start, until: target.by.value, limit: Self.maxPeriods)
      guard periods.count <= Self.maxPeriods else {
        diagnostics.report(.tooManyTargetPeriods(limit: Self.maxPeriods, at: every.range))
        return nil
      }
      let stages = periods.map {
        MetricStage(value: final, by: $0.due, low: low, opens: max($0.start, start))
      }
      guard let last = stages.last else {
        diagnostics.report(.targetBeforeBaseline(at: target.by.range))
        return nil
      }
      return Lowered(
        shape: target.shape, stages: stages, period: every.value.recurrence, target: final,
        by: last.by)
    }
    guard !target.earlier.isEmpty else {
      return Lowered(
        shape: target.shape, stages: [], period: nil, target: final, by: target.by.value)
    }
    var stages: [MetricStage] = []
    for stage in target.earlier {
      guard let value = stage.resolved(baseline: baseline) else { return nil }
      stages.append(MetricStage(value: value, by: stage.by.value, low: stage.low ?? low))
    }
    stages.append(MetricStage(value: final, by: target.by.value, low: low))
    return Lowered(
      shape: target.shape, stages: stages, period: nil, target: final, by: target.by.value)
  }
}
