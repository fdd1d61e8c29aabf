import RuleParser

/// Expands groups into their member bodies and rejects groups that contain
/// themselves.
struct GroupResolver {
  private let table: DeclarationTable
  /// The members of each group, expanded once (groups within groups resolved).
  private let expanded: [String: [String]]

  /// Expands every group once, members before the groups that hold them,
  /// each group's list built from its members' lists.
  ///
  /// - Complexity: O(groups + membership + the expanded lists), so a chain
  ///   of groups n deep takes O(n), not O(n²).
  init(_ table: DeclarationTable) {
    self.table = table
    var expanded: [String: [String]] = [:]
    var visiting: Set<String> = []
    for id in table.bodyOrder where !(table.bodies[id]?.members.isEmpty ?? true) {
      // An explicit stack instead of recursion: chains may be deep.
      var stack: [(id: String, next: Int)] = [(id, 0)]
      while let top = stack.last {
        let members = table.bodies[top.id]?.members ?? []
        if expanded[top.id] != nil {
          stack.removeLast()
          continue
        }
        visiting.insert(top.id)
        if top.next < members.count {
          stack[stack.count - 1].next += 1
          let member = members[top.next].value
          let isGroup = !(table.bodies[member]?.members.isEmpty ?? true)
          // A member on the stack closes a cycle (reported by checkCycles).
          if isGroup, expanded[member] == nil, !visiting.contains(member) {
            stack.append((member, 0))
          }
          continue
        }
        var seen: Set<String> = []
        var list: [String] = []
        for member in members.map(\.value) {
          for body in expanded[member] ?? [member] where seen.insert(body).inserted {
            // A group in a cycle is not a body: it is left out.
            if table.bodies[body]?.members.isEmpty ?? true { list.append(body) }
          }
        }
        expanded[top.id] = list
        visiting.remove(top.id)
        stack.removeLast()
      }
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
        diagnostics.report(
          .cycle(
            .groupCycle, names,
            LocalizedText("group '\(names[0])' contains itself", "群组 '\(names[0])' 包含自身"),
            note: LocalizedText("membership", "成员关系"), at: body.id.range))
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
    var seen: Set<String> = []
    var result: [String] = []
    for id in ids {
      for body in expanded[id] ?? [id] where seen.insert(body).inserted { result.append(body) }
    }
    return result
  }
}
