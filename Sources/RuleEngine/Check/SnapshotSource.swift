import Foundation
public import RuleParser

/// Reads status snapshots by their paths and validates them against the
/// plan, the same for `rulec check`, `rulec graph --snapshot` and a program
/// embedding rulec: `-` reads standard input, `*.csv` a filled-in ledger
/// (`LedgerSnapshot`), anything else JSON (`SnapshotReader`).
public struct SnapshotSource {
  /// The compiled plan the snapshots describe.
  public let graph: ObligationGraph
  /// The text of standard input once read, for diagnostics' excerpts.
  public let sources: SourceLines
  private var validator: SnapshotValidator

  /// Creates a source for snapshots of `graph`.
  public init(graph: ObligationGraph, sources: SourceLines = SourceLines()) {
    self.graph = graph
    self.sources = sources
    self.validator = SnapshotValidator(graph: graph)
  }

  /// The snapshot at `path`, read and validated.
  ///
  /// `nil` when it has errors, which are reported into `diagnostics`; `asOf`
  /// overrides the snapshot's own date.
  public mutating func read(
    _ path: String, asOf: Day?, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    guard let snapshot = readUnchecked(path, asOf: asOf, into: &diagnostics),
      validator.validate(snapshot, into: &diagnostics)
    else { return nil }
    return snapshot
  }

  /// The snapshots of a check and its findings: what `rulec check` reports.
  public struct Checked {
    /// The snapshot checked.
    public var current: Snapshot
    /// The earlier snapshot of `since`, if any.
    public var earlier: Snapshot?
    /// The findings, marked new, continuing or resolved when there is an
    /// earlier snapshot.
    public var result: CheckResult
  }

  /// Reads, validates and checks the snapshot at `path`.
  ///
  /// With `since`, each finding is marked new, continuing or resolved against
  /// the earlier snapshot there. `nil` when either snapshot has errors (an
  /// earlier snapshot dated after the current one is one).
  public mutating func check(
    _ path: String, since: String?, asOf: Day?, into diagnostics: inout Diagnostics
  ) -> Checked? {
    let current = diagnostics.hasErrors ? nil : read(path, asOf: asOf, into: &diagnostics)
    let earlier = since.flatMap { read($0, asOf: nil, into: &diagnostics) }
    if let current, let earlier, earlier.asOf.value > current.asOf.value {
      diagnostics.report(
        .sinceAfterAsOf(earlier.asOf.value, asOf: current.asOf.value, at: earlier.asOf.range))
    }
    guard let current, since == nil || earlier != nil, !diagnostics.hasErrors else { return nil }
    let checker = Checker(graph: graph)
    var result = checker.check(current)
    if let earlier {
      result.changes = FindingChanges(current: result, earlier: checker.check(earlier))
    }
    return Checked(current: current, earlier: earlier, result: result)
  }

  /// The snapshot at `path` as read, before validation.
  private func readUnchecked(
    _ path: String, asOf: Day?, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    let isLedger = path.lowercased().hasSuffix(".csv")
    guard path == "-" || isLedger else {
      return SnapshotReader().read(contentsOfFile: path, asOf: asOf, into: &diagnostics)
    }
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
      sources.register(String(decoding: data, as: UTF8.self), for: "<stdin>")
    } else if let contents = FileManager.default.contents(atPath: path) {
      data = contents
    } else {
      diagnostics.report(
        .unreadableFile(path, reason: LocalizedText("no such file", "没有该文件")))
      return nil
    }
    if isLedger {
      return LedgerSnapshot.read(
        [UInt8](data), path: path, graph: graph, asOf: asOf, into: &diagnostics)
    }
    return SnapshotReader().read(
      [UInt8](data), file: "<stdin>", path: "-", asOf: asOf, into: &diagnostics)
  }
}
