import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Snapshots loaded early, while the rules load, give what reading them at
/// their turn gives, whatever the plan's ladder and `--as-of`; ledgers and
/// standard input are not loaded early.
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
    _ paths: [String], since: String? = nil, asOf: Day? = nil, graph: ObligationGraph? = nil,
    prefetched: Bool
  ) throws -> [String] {
    var source = SnapshotSource(graph: try graph ?? CheckFixture.graph())
    if prefetched {
      source.prefetched = SnapshotPrefetch(
        paths: paths + (since.map { [$0] } ?? []), merging: paths)
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
    let prefetch = SnapshotPrefetch(paths: [Self.snapshots])
    #expect(prefetch.take(Self.path("2017-07-15.json")) != nil)
  }

  @Test func aFolderIsWalkedOnceWhenLoadingStarts() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-prefetch-\(UUID().uuidString)")
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      atPath: Self.path("2017-10-15.json"), toPath: folder.appendingPathComponent("a.json").path)
    let prefetch = SnapshotPrefetch(paths: [folder.path, empty.path])
    // A file added after the walk is not among the folder's files.
    try FileManager.default.copyItem(
      atPath: Self.path("2017-09-15.json"), toPath: folder.appendingPathComponent("b.json").path)
    var diagnostics = Diagnostics()
    let files = prefetch.expand([folder.path, empty.path], into: &diagnostics)
    #expect(files == [folder.appendingPathComponent("a.json").path])
    // The empty folder is reported as the walk at its turn reports it.
    var direct = Diagnostics()
    _ = SnapshotSource.expand([empty.path], into: &direct)
    #expect(diagnostics.all.map(\.code) == [.inputsEmptyFolder])
    #expect(diagnostics.all.map(\.message.en) == direct.all.map(\.message.en))
    // A path the prefetch was not given is walked now.
    var later = Diagnostics()
    #expect(prefetch.expand([Self.snapshots], into: &later).count > 1 && later.all.isEmpty)
  }

  @Test func buildsWithTheDateAndTheLadderOfTheCheck() throws {
    let asOf = try CheckFixture.day("2017-12-31")
    let paths = [Self.path("2017-10-15.json")]
    let direct = try check(paths, asOf: asOf, prefetched: false)
    #expect(try check(paths, asOf: asOf, prefetched: true) == direct)
    // A plan with a ladder of its own reads the actions log by its steps.
    let laddered = try #require(BundledPlan.graph)
    let example = Fixtures.packageRoot.appendingPathComponent("examples/snapshots/2017-10-15.json")
    let own = try check([example.path], graph: laddered, prefetched: false)
    #expect(own.count > 1)
    #expect(try check([example.path], graph: laddered, prefetched: true) == own)
  }

  @Test func keepsTheErrorsOfASnapshotItCouldNotRead() throws {
    let json = CheckFixture.snapshot(asOf: "2017-10-15", obligations: #""x": {"status": "dnoe"}"#)
    try Fixtures.withTemporaryFile(json, extension: ".json") { path in
      let direct = try check([path], prefetched: false)
      #expect(direct.last == "no check")
      #expect(try check([path], prefetched: true) == direct)
    }
  }

  @Test func leavesLedgersAndStandardInputToTheirTurn() throws {
    let file = Self.path("2017-10-15.json")
    let prefetch = SnapshotPrefetch(paths: [file, "-", "returns.csv", "returns.XLSX"])
    #expect(prefetch.take(file) != nil)
    #expect(prefetch.take(file) == nil, "handed out once")
    #expect(prefetch.take("-") == nil)
    #expect(prefetch.take("returns.csv") == nil)
    #expect(prefetch.take("returns.XLSX") == nil)
    #expect(prefetch.take(Self.path("2017-09-15.json")) == nil)
  }

  /// Three returns of one month as files, an entry of the first repeated
  /// the same in the second and differently in the third, the third as of
  /// `thirdAsOf`; `body` gets their paths.
  private func withReturns(
    thirdAsOf: String = "2017-10-15", _ body: ([String]) throws -> Void
  ) throws {
    let lanzhou = #""water.sand-plan@lanzhou": {"status": "done", "completed": "2017-07-20"}"#
    let files = [
      CheckFixture.snapshot(
        asOf: "2017-10-15", obligations: lanzhou + #", "env.regulation": {"status": "in_progress"}"#
      ),
      CheckFixture.snapshot(
        asOf: "2017-10-15",
        obligations: lanzhou + #", "water.sand-plan@zhangye": {"status": "in_progress"}"#),
      CheckFixture.snapshot(
        asOf: thirdAsOf,
        obligations:
          #""water.sand-plan@lanzhou": {"status": "in_progress"}, "env.inspection": {"status": "not_started"}"#
      ),
    ]
    try Fixtures.withTemporaryFile(files[0], extension: ".json") { first in
      try Fixtures.withTemporaryFile(files[1], extension: ".json") { second in
        try Fixtures.withTemporaryFile(files[2], extension: ".json") { third in
          try body([first, second, third])
        }
      }
    }
  }

  /// What a check of `paths` reports, places included.
  private func placedSummary(_ paths: [String], prefetched: Bool) throws -> [String] {
    var source = SnapshotSource(graph: try CheckFixture.graph())
    if prefetched { source.prefetched = SnapshotPrefetch(paths: paths, merging: paths) }
    var diagnostics = Diagnostics()
    let checked = source.check(paths, since: nil, asOf: nil, into: &diagnostics)
    let places = diagnostics.all.map { diagnostic in
      ([diagnostic.range] + diagnostic.notes.map(\.range)).map { range in
        range.map { "\($0.start.file):\($0.start.line):\($0.start.column)" } ?? "-"
      }.joined(separator: " ")
    }
    let entries = checked?.current.obligations.keys ?? []
    return summary(checked, diagnostics) + places + entries
  }

  @Test func mergesTheEntriesOfTheFilesOfACheckAsTheCheckWould() throws {
    try withReturns(thirdAsOf: "2017-10-15") { paths in
      let direct = try placedSummary(paths, prefetched: false)
      #expect(direct.contains { $0.hasPrefix("E231 ") }, "the third file's entry disagrees")
      #expect(try placedSummary(paths, prefetched: true) == direct)
      // The merge ahead is made for these files, in this order, only.
      let prefetch = SnapshotPrefetch(paths: paths, merging: paths)
      #expect(prefetch.premerged(for: paths.reversed()) == nil)
      let ahead = try #require(prefetch.premerged(for: paths))
      #expect(ahead.merge.table.keys.count == 4)
      #expect(ahead.merge.conflicts(ofInput: 1).isEmpty)
      #expect(
        ahead.merge.conflicts(ofInput: 2).map(\.entry.instance.value) == [
          "water.sand-plan@lanzhou"
        ])
      #expect(prefetch.premerged(for: paths) == nil, "handed out once")
    }
  }

  @Test func aFileOfAnotherDayMergesTheFilesAtTheirTurn() throws {
    // The third file is skipped for its day: its disagreeing entry is not
    // reported, as when the files are merged one after another.
    try withReturns(thirdAsOf: "2017-10-31") { paths in
      let direct = try placedSummary(paths, prefetched: false)
      #expect(
        direct.contains { $0.hasPrefix("E230 ") } && !direct.contains { $0.hasPrefix("E231 ") })
      #expect(try placedSummary(paths, prefetched: true) == direct)
    }
  }

  @Test func mergesAheadOnlySeveralFilesAllLoadedEarly() throws {
    let file = Self.path("2017-10-15.json")
    #expect(SnapshotPrefetch(paths: [file], merging: [file]).premerged(for: [file]) == nil)
    let withLedger = [file, Self.path("2017-09-15.json"), "returns.csv"]
    let prefetch = SnapshotPrefetch(paths: withLedger, merging: withLedger)
    #expect(prefetch.premerged(for: withLedger) == nil)
    let notMerging = [file, Self.path("2017-09-15.json")]
    #expect(SnapshotPrefetch(paths: notMerging).premerged(for: notMerging) == nil)
  }
}
