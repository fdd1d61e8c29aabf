import RuleEngine
import RuleParser

/// Reads and validates the snapshots of `report` and `history`.
enum SnapshotLoading {
  /// A snapshot read and valid against the plan, or `nil` with the
  /// problems reported.
  static func load(
    _ path: String, graph: ObligationGraph, asOf: Day?, sources: SourceLines,
    into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    var validator = SnapshotValidator(graph: graph)
    guard
      let snapshot = SnapshotSource.read(
        path, graph: graph, asOf: asOf, sources: sources, into: &diagnostics),
      validator.validate(snapshot, into: &diagnostics)
    else { return nil }
    return snapshot
  }
}
