import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// A large plan's instances are checked in two parts side by side; the
/// result is the one a single pass gives, findings and states in order.
@Suite struct CheckerPartsTests {
  /// What a result says, in order: findings, states and returns.
  private func summary(_ result: CheckResult) -> [String] {
    result.violations.map { "\($0.instance) \($0.kind) \($0.body)" }
      + result.escalations.map { "\($0.key) \($0.action) \($0.target) \($0.isProposed)" }
      + (result.instanceStates?.states ?? []).map {
        "\(String(describing: $0.due)) \($0.body) \($0.hasEntry) \($0.isComplete) \($0.isMissing)"
      }
      + ["\(result.returns)"]
  }

  @Test(arguments: ["2017-10-15.json", "2018-02-15.json", "2020-12-31.json"])
  func twoPartsFindWhatOnePassFinds(_ name: String) throws {
    let (graph, snapshot) = try bundledSnapshot(name)
    var onePass = Checker(graph: graph)
    onePass.instancesPerPart = .max
    var twoParts = Checker(graph: graph)
    twoParts.instancesPerPart = 1
    let whole = onePass.check(snapshot)
    #expect(!whole.violations.isEmpty && !whole.escalations.isEmpty)
    #expect(summary(twoParts.check(snapshot)) == summary(whole))
    let scope: Set<String> = ["lanzhou", "zhangye"]
    #expect(
      summary(twoParts.check(snapshot, bodies: scope))
        == summary(onePass.check(snapshot, bodies: scope)))
  }
}

/// A large check's progress is tallied in two halves side by side; the
/// tally is the one a single pass gives.
@Suite struct ProgressHalvesTests {
  /// What a progress says: bodies, totals and deadlines, in order.
  private func summary(_ progress: PlanProgress) -> [String] {
    progress.bodies.map { "\($0)" } + ["\(progress.total)"]
      + progress.deadlines.map { "\($0.instance) \($0.due) \($0.state)" }
      + progress.upcoming.map(\.instance)
  }

  @Test(arguments: ["2017-10-15.json", "2018-02-15.json", "2020-12-31.json"])
  func twoHalvesTallyWhatOnePassTallies(_ name: String) throws {
    let (graph, snapshot) = try bundledSnapshot(name)
    let result = Checker(graph: graph).check(snapshot)
    let onePass = PlanProgress(
      graph: graph, snapshot: snapshot, result: result, instancesPerHalf: .max)
    let halves = PlanProgress(graph: graph, snapshot: snapshot, result: result, instancesPerHalf: 1)
    #expect(onePass.total.escalations > 0 && onePass.total.due > 0)
    #expect(summary(halves) == summary(onePass))
  }
}

/// The bundled plan and its example snapshot `name`, read and validated.
private func bundledSnapshot(_ name: String) throws -> (ObligationGraph, Snapshot) {
  let graph = try #require(BundledPlan.graph)
  let path = Fixtures.packageRoot.appendingPathComponent("examples/snapshots/\(name)").path
  var diagnostics = Diagnostics()
  var source = SnapshotSource(graph: graph)
  return (graph, try #require(source.read(path, asOf: nil, into: &diagnostics)))
}
