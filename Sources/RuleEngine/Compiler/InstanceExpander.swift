import RuleParser

/// Expands obligations into instances: one per responsible body (groups
/// expanded to their members) and per occurrence of a recurring duty, with
/// dependencies matched body by body and relative deadlines planned from
/// their prerequisites' deadlines.
struct InstanceExpander {
  let table: DeclarationTable
  let groups: GroupResolver
  let effective: Day?

  /// The instances of each obligation so far, for dependency matching:
  /// all of them, and those of each body.
  private var byObligation: [String: (all: [Instance], byBody: [String: [Instance]])] = [:]
  private(set) var instances: [Instance] = []

  init(table: DeclarationTable, groups: GroupResolver, effective: Day?) {
    self.table = table
    self.groups = groups
    self.effective = effective
  }

  /// Expands the obligations in `order` (prerequisites first).
  ///
  /// - Complexity: O(instances + matched dependency edges).
  mutating func expand(_ order: [String], diagnostics: inout Diagnostics) {
    for id in order {
      guard let decl = table.obligations[id] else { continue }
      expand(decl, diagnostics: &diagnostics)
    }
  }

  private mutating func expand(_ decl: ObligationDecl, diagnostics: inout Diagnostics) {
    let id = decl.id.value
    let written = decl.responsible.map(\.value)
    let bodies = groups.expand(written)
    let isSingle = !decl.responsibleIsList && bodies == written
    let cooperating = groups.expand(decl.cooperating.map(\.value))
    let periods = occurrences(of: decl, diagnostics: &diagnostics)
    var prerequisites = decl.dependsOn.map(\.value)
    var after: String?
    if case .relative(_, let afterID?) = decl.due {
      after = afterID.value
      if !prerequisites.contains(afterID.value) { prerequisites.append(afterID.value) }
    }
    var warned: Set<String> = []
    var own: [Instance] = []
    own.reserveCapacity(bodies.count * periods.count)
    for body in bodies {
      let matched = prerequisites.map { ($0, match($0, body: body)) }
      let dependencies = matched.flatMap { $0.1.map(\.id) }.sorted()
      for period in periods {
        var instanceID = isSingle ? id : "\(id)@\(body)"
        if let suffix = period?.suffix { instanceID += "#\(suffix)" }
        var instance = Instance(
          id: instanceID, obligation: id, body: body, occurrence: period?.suffix,
          periodStart: period?.start, due: period?.due, relativeDue: nil,
          obligationClass: decl.obligationClass?.value, dependencies: dependencies,
          cooperating: cooperating)
        switch decl.due {
        case .fixed(let day, _)?:
          instance.due = day.value
          for (prerequisite, candidates) in matched where !warned.contains(prerequisite) {
            if let late = candidates.first(where: { ($0.due ?? .init(ordinal: .min)) > day.value }),
              let lateDue = late.due
            {
              warned.insert(prerequisite)
              diagnostics.report(
                .dueBeforePrerequisite(
                  id, due: day.value, prerequisite: prerequisite, prerequisiteDue: lateDue,
                  at: day.range))
            }
          }
        case .relative(let within, _)?:
          if let after {
            let start = (matched.first { $0.0 == after }?.1 ?? []).max { lhs, rhs in
              (lhs.due?.ordinal ?? .min) < (rhs.due?.ordinal ?? .min)
            }
            if let start {
              instance.relativeDue = Instance.RelativeDue(within: within.value, after: start.id)
              instance.due = start.due.map { within.value.added(to: $0) }
            }
          } else if let effective {
            instance.due = within.value.added(to: effective)
          }
        case nil:
          break
        }
        own.append(instance)
      }
    }
    byObligation[id] = (own, Dictionary(grouping: own, by: \.body))
    instances += own
  }

  /// The instances of `prerequisite` that an instance of `body` waits for:
  /// the same body's when there are any, otherwise all of them.
  private func match(_ prerequisite: String, body: String) -> [Instance] {
    guard let candidates = byObligation[prerequisite] else { return [] }
    return candidates.byBody[body] ?? candidates.all
  }

  /// The periods of a recurring duty, or one `nil` period for a one-off duty.
  private func occurrences(
    of decl: ObligationDecl, diagnostics: inout Diagnostics
  ) -> [Occurrence?] {
    guard let every = decl.every else { return [nil] }
    guard let until = decl.until?.value else { return [] }
    guard let from = decl.from?.value ?? effective else {
      diagnostics.report(
        .missingKey(
          "from", in: LocalizedText(en: "obligation '\(decl.id.value)'", zh: "义务 '\(decl.id.value)'"),
          at: every.range))
      return []
    }
    return every.value.occurrences(from: from, until: until)
  }
}
