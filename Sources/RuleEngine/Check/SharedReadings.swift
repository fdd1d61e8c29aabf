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
    // Each member's latest reading on or before the day, found by walking
    // its (date-ordered) readings once.
    var next = Array(repeating: 0, count: members.count)
    var result: [MetricReading] = []
    for day in days {
      for (index, readings) in members.enumerated() {
        while next[index] < readings.count, readings[next[index]].on.value <= day {
          next[index] += 1
        }
      }
      guard next.allSatisfy({ $0 > 0 }) else { continue }
      let latest = members.indices.map { members[$0][next[$0] - 1] }
      guard let oldest = latest.min(by: { $0.on.value < $1.on.value }) else { continue }
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
