/// Finds cycles in a directed graph given as adjacency lists over
/// `0..<count`, and orders acyclic graphs topologically.
///
/// - Complexity: O(V + E), iterative (no recursion depth limit).
struct CycleFinder {
  /// The successors of each vertex.
  let edges: [[Int]]

  /// One cycle per strongly connected component that has one, each as the
  /// vertices along it starting at its smallest vertex; empty when acyclic.
  func cycles() -> [[Int]] {
    var state = [UInt8](repeating: 0, count: edges.count)  // 0 new, 1 on path, 2 done
    var found: [[Int]] = []
    var positionOnPath = [Int](repeating: -1, count: edges.count)
    for root in edges.indices where state[root] == 0 {
      var path: [Int] = []
      var stack: [(vertex: Int, next: Int)] = [(root, 0)]
      state[root] = 1
      positionOnPath[root] = 0
      path.append(root)
      while var top = stack.popLast() {
        if top.next < edges[top.vertex].count {
          let successor = edges[top.vertex][top.next]
          top.next += 1
          stack.append(top)
          switch state[successor] {
          case 0:
            state[successor] = 1
            positionOnPath[successor] = path.count
            path.append(successor)
            stack.append((successor, 0))
          case 1:
            found.append(Self.rotated(Array(path[positionOnPath[successor]...])))
          default: break
          }
        } else {
          state[top.vertex] = 2
          positionOnPath[top.vertex] = -1
          path.removeLast()
        }
      }
    }
    return found
  }

  /// The vertices in an order where every vertex comes after its
  /// successors (prerequisites first), or `nil` when there is a cycle.
  func prerequisitesFirst() -> [Int]? {
    // The dependents of each vertex as runs of one flat array (`starts`),
    // each run in the order of its vertices: no array per vertex.
    var remaining = [Int](repeating: 0, count: edges.count)
    var starts = [Int](repeating: 0, count: edges.count + 1)
    for vertex in edges.indices {
      remaining[vertex] = edges[vertex].count
      for successor in edges[vertex] { starts[successor + 1] += 1 }
    }
    for vertex in edges.indices { starts[vertex + 1] += starts[vertex] }
    var next = starts
    var dependents = [Int](repeating: 0, count: starts[edges.count])
    for vertex in edges.indices {
      for successor in edges[vertex] {
        dependents[next[successor]] = vertex
        next[successor] += 1
      }
    }
    var ready = edges.indices.filter { remaining[$0] == 0 }
    var order: [Int] = []
    order.reserveCapacity(edges.count)
    while let vertex = ready.popLast() {
      order.append(vertex)
      for dependent in dependents[starts[vertex]..<starts[vertex + 1]] {
        remaining[dependent] -= 1
        if remaining[dependent] == 0 { ready.append(dependent) }
      }
    }
    return order.count == edges.count ? order : nil
  }

  private static func rotated(_ cycle: [Int]) -> [Int] {
    guard let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
    return Array(cycle[smallest...] + cycle[..<smallest])
  }
}
