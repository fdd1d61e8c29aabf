import RuleParser

/// The readings of a shared target (`shared: sum` or `mean`): on each day a
/// member reports, once every member has reported, the sum or mean of each
/// member's latest reading, dated as the oldest of them (the total is only as
/// recent as its oldest part), rounded to three decimals as findings are.
struct SharedReadings {
  let metric: Metric
  let graph: ObligationGraph
  let snapshot: Snapshot

  /// The combined readings, in date order.
  func combined() -> [MetricReading] {
    let members = metric.sharedBy.map { body -> [MetricReading] in
      let id = graph.metricInstances.first { $0.metric == metric.id && $0.body == body }?.id
      return id.flatMap { snapshot.metrics[$0] } ?? []
    }
    let days = Set(members.flatMap { $0.map(\.on.value) }).sorted()
    var result: [MetricReading] = []
    for day in days {
      let latest = members.compactMap { $0.last { $0.on.value <= day } }
      guard latest.count == members.count,
        let oldest = latest.min(by: { $0.on.value < $1.on.value })
      else { continue }
      let total = latest.reduce(0) { $0 + $1.value.value }
      let value = MetricEvaluator.rounded(
        metric.shared == .mean ? total / Double(latest.count) : total)
      let reading = MetricReading(on: oldest.on, value: Located(value, at: oldest.value.range))
      if result.last?.on.value == oldest.on.value { result.removeLast() }
      result.append(reading)
    }
    return result
  }
}
