import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Several inputs merged by instance: the same content counts once, a
/// difference is an error naming both places, and the days must agree.
@Suite struct CheckSnapshotMergeTests {
  private func read(_ json: String, file: String) throws -> Snapshot {
    var diagnostics = Diagnostics()
    let snapshot = SnapshotReader().read(
      Array(json.utf8), file: file, path: file, into: &diagnostics)
    return try #require(snapshot, "\(diagnostics.all)")
  }

  private func merge(_ snapshots: [Snapshot]) -> (Snapshot?, [Diagnostic]) {
    var diagnostics = Diagnostics()
    let merged = SnapshotMerge.merge(snapshots, into: &diagnostics)
    return (merged, diagnostics.sorted)
  }

  @Test func mergesByInstanceAndCountsTheSameContentOnce() throws {
    let first = try read(
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "done", "completed": "2017-09-01"}}, "actions": [{"action": "warning", "instance": "b", "on": "2017-09-02"}]}"#,
      file: "one.json")
    let second = try read(
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "已完成", "completed": "2017/9/1"}, "b": {"status": "in_progress"}}, "metrics": {"m": [{"on": "2017-09-30", "value": 1}]}, "actions": [{"action": "预警", "instance": "b", "on": "2017-09-02"}]}"#,
      file: "two.json")
    let (merged, diagnostics) = merge([first, second])
    #expect(diagnostics.isEmpty)
    let snapshot = try #require(merged)
    #expect(snapshot.obligations.keys.sorted() == ["a", "b"])
    #expect(snapshot.obligations["a"]?.instance.range.start.file == "one.json")
    #expect(snapshot.actions.count == 1)
    #expect(snapshot.metrics["m"]?.count == 1)
  }

  @Test func aDifferentEntryIsAnErrorNamingBothPlaces() throws {
    let first = try read(
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "in_progress", "progress": 0.5}}}"#,
      file: "one.json")
    let second = try read(
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "in_progress", "progress": "60%"}}}"#,
      file: "two.json")
    let (merged, diagnostics) = merge([first, second])
    #expect(merged == nil)
    #expect(diagnostics.map(\.code.rawValue) == ["E231"])
    #expect(diagnostics.first?.range?.start.file == "two.json")
    #expect(diagnostics.first?.notes.first?.range?.start.file == "one.json")
  }

  @Test(arguments: [
    (
      #"{"as_of": "2017-10-15", "metrics": {"m": [{"on": "2017-09-30", "value": 1}]}}"#,
      #"{"as_of": "2017-10-15", "metrics": {"m": [{"on": "2017-09-30", "value": 2}]}}"#, "E232"
    ),
    (#"{"as_of": "2017-10-15"}"#, #"{"as_of": "2017-10-31"}"#, "E230"),
  ])
  func readingsAndDaysMustAgree(first: String, second: String, code: String) throws {
    let (merged, diagnostics) = merge([
      try read(first, file: "one.json"), try read(second, file: "two.json"),
    ])
    #expect(merged == nil)
    #expect(diagnostics.map(\.code.rawValue) == [code])
  }

  @Test func theScopeIsTheUnionOfScopedInputsElseTheWholePlan() throws {
    var first = try read(#"{"as_of": "2017-10-15"}"#, file: "one.json")
    var second = try read(#"{"as_of": "2017-10-15"}"#, file: "two.json")
    first.scope = ["lanzhou"]
    second.scope = ["zhangye"]
    #expect(merge([first, second]).0?.scope == ["lanzhou", "zhangye"])
    second.scope = nil
    #expect(merge([first, second]).0?.scope == nil)
  }

  @Test func whoReportedCountsEntriesAndListsDueInstancesWithout() throws {
    let result = try CheckFixture.check(
      String(
        contentsOf: CheckFixture.folder.appendingPathComponent("snapshots/2017-10-15.json"),
        encoding: .utf8))
    let returns = try #require(result.returns)
    let missing = result.violations.filter { $0.kind == .missing }.map(\.instance)
    #expect(returns.bodies.flatMap(\.missing).sorted() == missing.sorted())
    #expect(returns.missingCount == missing.count)
    #expect(returns.bodies.allSatisfy { $0.entries <= $0.instances })
    #expect(returns.incomplete.allSatisfy { !$0.missing.isEmpty })
  }
}
