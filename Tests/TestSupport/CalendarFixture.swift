import Foundation
import RuleEngine
import RuleParser
import Testing

/// The small plan under `Tests/Fixtures/Calendar/plan`: two cities in a
/// group, one-off, relative, monthly, quarterly, half-yearly and yearly
/// duties, a duty with only a class, and escalation policies.
package enum CalendarFixture {
  /// `Tests/Fixtures/Calendar`.
  package static let folder = Fixtures.folder("Calendar")

  /// The plan folder (rules and document).
  package static let plan = folder.appendingPathComponent("plan")

  /// The compiled plan.
  package static func graph() throws -> ObligationGraph {
    try compile(plan.appendingPathComponent("rules").path)
  }

  /// Compiles a rules folder and requires a clean result.
  package static func compile(_ rules: String) throws -> ObligationGraph {
    let result = Compiler().compile(rulesAt: rules)
    #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.all)")
    return try #require(result.graph)
  }

  /// A copy of the plan in a new temporary folder with one change made to
  /// one rule file, compiled.
  package static func changed(
    _ file: String, replacing old: String, with new: String
  ) throws -> ObligationGraph {
    let manager = FileManager.default
    let copy = manager.temporaryDirectory
      .appendingPathComponent("rulec-calendar-\(UUID().uuidString)")
    try manager.copyItem(at: plan, to: copy)
    defer { try? manager.removeItem(at: copy) }
    let path = copy.appendingPathComponent("rules/\(file)")
    let text = try String(contentsOf: path, encoding: .utf8)
    #expect(text.contains(old), "\(file) has no '\(old)'")
    try text.replacingOccurrences(of: old, with: new).write(
      to: path, atomically: true, encoding: .utf8)
    return try compile(copy.appendingPathComponent("rules").path)
  }
}
