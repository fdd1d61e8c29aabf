import RuleParser

extension GroupResolver {
  /// For each responsible body, the position of its `per_body:` override
  /// (a body's own before its group's); E206 for an override of a body that
  /// is not responsible for the entry.
  func overrides(
    _ perBody: [BodyOverrideDecl], of entry: String, written: [String], bodies: [String],
    diagnostics: inout Diagnostics
  ) -> [String: Int] {
    guard !perBody.isEmpty else { return [:] }
    var result: [String: Int] = [:]
    let responsible = Set(bodies)
    for (index, override) in perBody.enumerated() {
      let members = expand([override.body.value])
      guard members.allSatisfy(responsible.contains) else {
        diagnostics.report(
          .overrideForOtherBody(
            override.body.value, entry: entry, responsible: written, at: override.body.range))
        continue
      }
      let isGroup = members != [override.body.value]
      for member in members where !isGroup || result[member] == nil {
        result[member] = index
      }
    }
    return result
  }
}
