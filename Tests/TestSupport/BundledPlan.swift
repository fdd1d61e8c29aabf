import Foundation
import RuleEngine
import Testing

/// The bundled plan (`rules/` of the package) and its examples under
/// `examples/`, which `RULEC_RECORD=1 swift test` rewrites.
package enum BundledPlan {
  /// The bundled plan, compiled once.
  package static let graph: ObligationGraph? = {
    Compiler().compile(rulesAt: Fixtures.packageRoot.appendingPathComponent("rules").path).graph
  }()

  /// Expects the example at `path` (from the package root) to hold `text`.
  package static func expectExample(
    _ text: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    try Golden.expect(
      text, matches: Fixtures.packageRoot.appendingPathComponent(path), name: path,
      sourceLocation: sourceLocation)
  }
}
