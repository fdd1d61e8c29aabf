import RuleParser

/// The critical chain of a dependency graph: the longest chain of duties
/// each waiting for the one before, measured by due dates.
///
/// A chain's length is the days from its first duty's due date to its last's,
/// summed over its links (a link to or from a duty without a date, or one
/// that goes back in time, counts 0). Among chains as long, the one with
/// more links wins; remaining ties go to the smaller id, from the chain's
/// end backwards, so the answer does not depend on any order of reading. A
/// graph without edges has no chain.
struct CriticalChain {
  /// The chain's node ids, prerequisites first.
  let chain: [String]

  /// Finds the chain by dynamic programming over a topological order.
  ///
  /// - Complexity: O(V + E).
  init(nodes: [DependencyDiagram.Node], edges: [DependencyDiagram.Edge]) {
    let due = Dictionary(nodes.map { ($0.id, $0.due) }, uniquingKeysWith: { first, _ in first })
    var incoming: [String: Int] = [:]
    var outgoing: [String: [String]] = [:]
    for edge in edges where due[edge.from] != nil && due[edge.to] != nil {
      incoming[edge.to, default: 0] += 1
      outgoing[edge.from, default: []].append(edge.to)
    }
    var best: [String: Length] = [:]
    var previous: [String: String] = [:]
    var ready = nodes.map(\.id).filter { incoming[$0, default: 0] == 0 }
    while let id = ready.popLast() {
      let length = best[id] ?? Length(days: 0, links: 0)
      for next in outgoing[id] ?? [] {
        let gap = Self.gap(from: due[id] ?? nil, to: due[next] ?? nil)
        let candidate = Length(days: length.days + gap, links: length.links + 1)
        let current = best[next] ?? Length(days: 0, links: 0)
        if current < candidate || (current == candidate && id < (previous[next] ?? id)) {
          best[next] = candidate
          previous[next] = id
        }
        incoming[next, default: 0] -= 1
        if incoming[next] == 0 { ready.append(next) }
      }
    }
    let end = best.filter { $0.value.links > 0 }
      .max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    var chain: [String] = []
    var cursor = end
    while let id = cursor {
      chain.append(id)
      cursor = previous[id]
    }
    self.chain = chain.reversed()
  }

  /// The days one link adds: the forward gap between two due dates.
  static func gap(from start: Day?, to end: Day?) -> Int {
    guard let start, let end else { return 0 }
    return max(0, start.days(until: end))
  }

  /// A chain's measure: days first, then links.
  struct Length: Comparable {
    var days: Int
    var links: Int

    static func < (lhs: Length, rhs: Length) -> Bool {
      (lhs.days, lhs.links) < (rhs.days, rhs.links)
    }
  }
}
