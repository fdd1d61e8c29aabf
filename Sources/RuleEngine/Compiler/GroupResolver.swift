import RuleParser

/// Expands groups into their member bodies and rejects groups that contain
/// themselves.
struct GroupResolver {
  private let table: DeclarationTable
  /// The members of each group, expanded once (groups within groups resolved).
  private let expanded: [String: [String]]

  init(_ table: DeclarationTable) {
    self.table = table
    var expanded: [String: [String]] = [:]
    for id in table.bodyOrder where !(table.bodies[id]?.members.isEmpty ?? true) {
      expanded[id] = Self.walk([id], table)
    }
    self.expanded = expanded
  }

  /// Reports E040 for every group cycle; returns whether there was none.
  func checkCycles(diagnostics: inout Diagnostics) -> Bool {
    let ids = table.bodyOrder
    let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let edges = ids.map { id in
      (table.bodies[id]?.members ?? []).compactMap { index[$0.value] }
    }
    let cycles = CycleFinder(edges: edges).cycles()
    for cycle in cycles {
      let names = cycle.map { ids[$0] }
      if let body = table.bodies[names[0]] {
        diagnostics.report(.groupCycle(names, at: body.id.range))
      }
    }
    return cycles.isEmpty
  }

  /// The number of non-group bodies a body stands for (1 for a body that
  /// is not a group).
  func memberCount(_ id: String) -> Int { expanded[id]?.count ?? 1 }

  /// The non-group bodies a list of bodies stands for, in order, without repeats.
  func expand(_ ids: [String]) -> [String] {
    if ids.count == 1 { return expanded[ids[0]] ?? ids }
    return Self.walk(ids, table)
  }

  private static func walk(_ ids: [String], _ table: DeclarationTable) -> [String] {
    var seen: Set<String> = []
    var result: [String] = []
    var stack = Array(ids.reversed())
    while let id = stack.popLast() {
      guard seen.insert(id).inserted else { continue }
      if let members = table.bodies[id]?.members, !members.isEmpty {
        stack.append(contentsOf: members.map(\.value).reversed())
      } else {
        result.append(id)
      }
    }
    return result
  }
}
