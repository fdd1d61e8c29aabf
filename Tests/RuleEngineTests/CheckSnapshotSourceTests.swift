import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Snapshots read by path and validated in the engine, as `rulec check` does.
@Suite struct CheckSnapshotSourceTests {
  private static func path(_ name: String) -> String {
    CheckFixture.folder.appendingPathComponent("snapshots/\(name)").path
  }

  @Test func checksWithAnEarlierSnapshotAndMarksChanges() throws {
    var source = SnapshotSource(graph: try CheckFixture.graph())
    var diagnostics = Diagnostics()
    let result = source.check(
      [Self.path("2017-10-15.json")], since: Self.path("2017-09-15.json"), asOf: nil,
      into: &diagnostics)
    #expect(diagnostics.all.isEmpty)
    let checked = try #require(result)
    #expect(checked.result.asOf == Day(iso: "2017-10-15"))
    #expect(checked.earlier?.asOf.value == Day(iso: "2017-09-15"))
    #expect(checked.result.changes != nil)
  }

  @Test func rejectsAnEarlierSnapshotDatedAfterTheCurrentOne() throws {
    var source = SnapshotSource(graph: try CheckFixture.graph())
    var diagnostics = Diagnostics()
    let result = source.check(
      [Self.path("2017-09-15.json")], since: Self.path("2017-10-15.json"), asOf: nil,
      into: &diagnostics)
    #expect(result == nil)
    #expect(diagnostics.all.map(\.code) == [.sinceAfterAsOf])
  }

  @Test func validatesWhatItReads() throws {
    var source = SnapshotSource(graph: try CheckFixture.graph())
    var diagnostics = Diagnostics()
    let json = CheckFixture.snapshot(
      asOf: "2017-10-15", obligations: #""no-such-duty": {"status": "done"}"#)
    let snapshot = try Fixtures.withTemporaryFile(json, extension: ".json") {
      source.read($0, asOf: nil, into: &diagnostics)
    }
    #expect(snapshot == nil)
    #expect(diagnostics.hasErrors)
  }
}
