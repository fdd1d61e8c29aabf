import Foundation
import RuleEngine
import RuleParser
import Testing

/// The small test plan of `Tests/Fixtures/Check/plan` and helpers to check
/// snapshots written in the tests against it.
package enum CheckFixture {
  /// The fixture folder.
  package static let folder = Fixtures.folder("Check")

  /// The compile result of the test plan, compiled once.
  package static let compiled = Compiler().compile(
    rulesAt: folder.appendingPathComponent("plan").path)

  /// The test plan's graph.
  package static func graph() throws -> ObligationGraph {
    try #require(compiled.graph)
  }

  /// Reads a snapshot written in a test (`snapshot.json` in messages).
  package static func read(
    _ json: String, asOf: Day? = nil, diagnostics: inout Diagnostics
  ) -> Snapshot? {
    SnapshotReader().read(
      Array(json.utf8), file: "snapshot.json", path: "snapshot.json", asOf: asOf,
      into: &diagnostics)
  }

  /// Reads, validates and checks a snapshot that must be free of errors.
  package static func check(_ json: String, asOf: Day? = nil) throws -> CheckResult {
    let graph = try graph()
    var diagnostics = Diagnostics()
    let snapshot = read(json, asOf: asOf, diagnostics: &diagnostics)
    var validator = SnapshotValidator(graph: graph)
    let valid = snapshot.map { validator.validate($0, into: &diagnostics) } ?? false
    let messages = diagnostics.all.map { "\($0.code) \($0.message.en)" }
    #expect(valid && !diagnostics.hasErrors, "\(messages)")
    return Checker(graph: graph).check(try #require(snapshot))
  }

  /// A snapshot of the test plan with the given entries (JSON object bodies).
  package static func snapshot(
    asOf: String, obligations: String = "", metrics: String = "", actions: String = ""
  ) -> String {
    """
    {"plan": "check-test-plan", "as_of": "\(asOf)",
     "obligations": {\(obligations)},
     "metrics": {\(metrics)},
     "actions": [\(actions)]}
    """
  }

  /// A day from its ISO text, for tests.
  package static func day(_ text: String) throws -> Day {
    try #require(Day(iso: text))
  }
}

extension CheckResult {
  /// The violations of an instance, by kind name.
  package func kinds(of instance: String) -> [String] {
    violations.filter { $0.instance == instance }.map(\.kind.rawValue)
  }

  /// The policies escalating an instance, highest action first.
  package func policies(of instance: String) -> [String] {
    escalations.filter { $0.instance == instance }.map(\.policy)
  }
}
