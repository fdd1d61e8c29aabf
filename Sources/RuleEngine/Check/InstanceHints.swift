import RuleParser

/// What to say about an instance id the plan does not have.
///
/// The instances of an obligation written where an instance id belongs; for
/// a duty reported per period (`…@lanzhou` of a recurring or reporting
/// standing duty), its first period's id; else the nearest id. The indexes are built on the first unknown id only. Shared by the JSON
/// snapshot's and the ledger's checks.
struct InstanceHints {
  let graph: ObligationGraph
  /// Whether metric instance ids are suggested too (a JSON `actions` entry
  /// may name one; a ledger row never does).
  let includingMetrics: Bool
  private var suggestions: DidYouMean?
  private var instancesByObligation: [String: [String]]?
  /// The first period's instance of each duty of a body reported per period,
  /// by the id without its period (`…@lanzhou` → `…@lanzhou#2017-Q3`).
  private var firstPeriod: [String: String] = [:]

  init(graph: ObligationGraph, includingMetrics: Bool) {
    self.graph = graph
    self.includingMetrics = includingMetrics
  }

  /// The hints for an unknown id: a suggestion, or the instances of the
  /// obligation it names.
  mutating func hints(for id: String) -> (suggestion: String?, instancesOfObligation: [String]) {
    if instancesByObligation == nil {
      var index: [String: [String]] = [:]
      for instance in graph.instances {
        index[instance.obligation, default: []].append(instance.id)
        if let occurrence = instance.occurrence {
          let base = String(instance.id.dropLast(occurrence.count + 1))
          if firstPeriod[base] == nil { firstPeriod[base] = instance.id }
        }
      }
      instancesByObligation = index
    }
    let ofObligation = instancesByObligation?[id] ?? []
    guard ofObligation.isEmpty else { return (nil, ofObligation) }
    if let period = firstPeriod[id] { return (period, []) }
    if suggestions == nil {
      let metrics = includingMetrics ? graph.metricInstances.map(\.id) : []
      suggestions = DidYouMean(candidates: graph.instances.map(\.id) + metrics)
    }
    return (suggestions?.suggest(for: id), [])
  }
}
