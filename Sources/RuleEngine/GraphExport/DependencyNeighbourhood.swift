/// The neighbourhood of some duties in a dependency graph: themselves, every
/// duty they wait for and every duty that waits for them, transitively.
struct DependencyNeighbourhood {
  private var prerequisites: [String: [String]] = [:]
  private var dependents: [String: [String]] = [:]

  /// Indexes the edges both ways.
  init(edges: some Sequence<DependencyDiagram.Edge>) {
    for edge in edges {
      prerequisites[edge.to, default: []].append(edge.from)
      dependents[edge.from, default: []].append(edge.to)
    }
  }

  /// The seeds with all their ancestors and descendants.
  ///
  /// - Complexity: O(V + E).
  func around(_ seeds: Set<String>) -> Set<String> {
    seeds.union(reach(seeds, prerequisites)).union(reach(seeds, dependents))
  }

  private func reach(_ seeds: Set<String>, _ next: [String: [String]]) -> Set<String> {
    var seen: Set<String> = seeds
    var stack = Array(seeds)
    while let id = stack.popLast() {
      for neighbour in next[id] ?? [] where seen.insert(neighbour).inserted {
        stack.append(neighbour)
      }
    }
    return seen
  }
}
