import Foundation
import RuleEngine
import RuleParser
import Testing

/// A check result with every kind of finding, for the report tests.
package enum ReportFixture {
  package static func result() throws -> CheckResult {
    let url = CheckFixture.folder.appendingPathComponent("snapshots/2017-10-15.json")
    return try CheckFixture.check(String(contentsOf: url, encoding: .utf8))
  }

  /// The 2017-10-15 snapshot, its findings and its progress.
  package static func checked() throws -> (Snapshot, CheckResult, PlanProgress) {
    let graph = try CheckFixture.graph()
    let url = CheckFixture.folder.appendingPathComponent("snapshots/2017-10-15.json")
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      CheckFixture.read(String(contentsOf: url, encoding: .utf8), diagnostics: &diagnostics))
    let result = Checker(graph: graph).check(snapshot)
    return (snapshot, result, PlanProgress(graph: graph, snapshot: snapshot, result: result))
  }
}
