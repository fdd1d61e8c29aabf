import RuleParser

/// Orders obligations so that prerequisites come first, reporting every
/// dependency cycle with its whole path.
struct DependencyOrder {
  private let table: DeclarationTable

  init(_ table: DeclarationTable) {
    self.table = table
  }

  /// The obligation ids, prerequisites first, or `nil` after reporting E036.
  func prerequisitesFirst(diagnostics: inout Diagnostics) -> [String]? {
    let ids = table.obligationOrder
    let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let edges: [[Int]] = ids.map { id in
      guard let decl = table.obligations[id] else { return [] }
      var prerequisites = decl.dependsOn.map(\.value)
      if case .relative(_, let after?) = decl.due { prerequisites.append(after.value) }
      return prerequisites.compactMap { index[$0] }
    }
    let finder = CycleFinder(edges: edges)
    if let order = finder.prerequisitesFirst() { return order.map { ids[$0] } }
    var reported: Set<[Int]> = []
    for cycle in finder.cycles() where reported.insert(cycle).inserted {
      let names = cycle.map { ids[$0] }
      if let decl = table.obligations[names[0]] {
        diagnostics.report(.dependencyCycle(names, at: decl.id.range))
      }
    }
    return nil
  }
}
