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
    // By position: a declaration handed to a closure was copied whole.
    let decls = table.obligations
    let edges: [[Int]] = decls.indices.map { position in
      var edges = decls[position].dependsOn.compactMap { index[$0.value] }
      if case .relative(_, let after?) = decls[position].due, let prerequisite = index[after.value]
      {
        edges.append(prerequisite)
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
