import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Snapshots read early, while the rules load, give what reading them at
/// their turn gives; the prefetch answers only for files read the way the
/// caller would read them.
@Suite struct SnapshotPrefetchTests {
  private static let snapshots = CheckFixture.folder.appendingPathComponent("snapshots").path

  private static func path(_ name: String) -> String { "\(snapshots)/\(name)" }

  /// What a check says: its diagnostics and findings, in order.
  private func summary(_ checked: SnapshotSource.Checked?, _ diagnostics: Diagnostics) -> [String] {
    let messages = diagnostics.all.map { "\($0.code.rawValue) \($0.message.en)" }
    guard let checked else { return messages + ["no check"] }
    return messages + checked.result.violations.map { "\($0.instance) \($0.kind)" }
      + checked.result.escalations.map { "\($0.instance) \($0.action)" }
  }

  private func check(
    _ paths: [String], since: String? = nil, asOf: Day? = nil, prefetched: Bool
  ) throws -> [String] {
    var source = SnapshotSource(graph: try CheckFixture.graph())
    if prefetched {
      source.prefetched = SnapshotPrefetch(
        paths: paths + (since.map { [$0] } ?? []), asOf: asOf)
    }
    var diagnostics = Diagnostics()
    let checked = source.check(paths, since: since, asOf: asOf, into: &diagnostics)
    return summary(checked, diagnostics)
  }

  @Test func checksAPrefetchedSnapshotAsOneReadAtItsTurn() throws {
    let direct = try check(
      [Self.path("2017-10-15.json")], since: Self.path("2017-09-15.json"), prefetched: false)
    let early = try check(
      [Self.path("2017-10-15.json")], since: Self.path("2017-09-15.json"), prefetched: true)
    #expect(direct.count > 1)
    #expect(early == direct)
  }

  @Test func readsTheFilesOfAFolder() throws {
    let direct = try check([Self.snapshots], prefetched: false)
    #expect(try check([Self.snapshots], prefetched: true) == direct)
    let prefetch = SnapshotPrefetch(paths: [Self.snapshots], asOf: nil)
    let read = prefetch.read(
      at: Self.path("2017-07-15.json"), asOf: nil, actions: EscalationAction.standard)
    #expect(read?.snapshot != nil)
  }

  @Test func keepsTheErrorsOfASnapshotItCouldNotRead() throws {
    let json = CheckFixture.snapshot(asOf: "2017-10-15", obligations: #""x": {"status": "dnoe"}"#)
    try Fixtures.withTemporaryFile(json, extension: ".json") { path in
      let direct = try check([path], prefetched: false)
      #expect(direct.last == "no check")
      #expect(try check([path], prefetched: true) == direct)
    }
  }

  @Test func answersOnlyForFilesReadTheWayTheCallerWould() throws {
    let file = Self.path("2017-10-15.json")
    let asOf = try CheckFixture.day("2017-10-01")
    let prefetch = SnapshotPrefetch(paths: [file, "-", "returns.csv"], asOf: asOf)
    let standard = EscalationAction.standard
    #expect(prefetch.read(at: file, asOf: asOf, actions: standard)?.snapshot != nil)
    #expect(prefetch.read(at: file, asOf: nil, actions: standard) == nil)
    #expect(prefetch.read(at: file, asOf: asOf, actions: Array(standard.dropLast())) == nil)
    #expect(prefetch.read(at: "-", asOf: asOf, actions: standard) == nil)
    #expect(prefetch.read(at: "returns.csv", asOf: asOf, actions: standard) == nil)
    #expect(prefetch.read(at: Self.path("2017-09-15.json"), asOf: asOf, actions: standard) == nil)
  }
}
