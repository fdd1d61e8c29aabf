import RuleParser

/// Orders obligations so that prerequisites come first, reporting every
/// dependency cycle with its whole path.
struct DependencyOrder {
  private let table: DeclarationTable

  init(_ table: DeclarationTable) {
    self.table = table
  }

  /// The obligations' positions in `table.obligations`, prerequisites
  /// first, or `nil` after reporting E036.
  func prerequisitesFirst(diagnostics: inout Diagnostics) -> [Int]? {
    let ids = table.obligationOrder
    let index = table.obligationPositions
    let edges: [[Int]] = table.obligations.map { decl in
      var edges = decl.dependsOn.compactMap { index[$0.value] }
      if case .relative(_, let after?) = decl.due, let position = index[after.value] {
        edges.append(position)
      }
      return edges
    }
    let finder = CycleFinder(edges: edges)
    if let order = finder.prerequisitesFirst() { return order }
    var reported: Set<[Int]> = []
    for cycle in finder.cycles() where reported.insert(cycle).inserted {
      let names = cycle.map { ids[$0] }
      if let decl = table.obligation(names[0]) {
        diagnostics.report(
          .cycle(
            .dependencyCycle, names,
            LocalizedText("dependency cycle through '\(names[0])'", "'\(names[0])' 处存在循环依赖"),
            note: LocalizedText("cycle", "循环"), at: decl.id.range))
      }
    }
    return nil
  }
}
