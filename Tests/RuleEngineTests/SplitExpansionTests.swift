import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Expansion on both cores gives what expansion in one run gives.
@Suite struct SplitExpansionTests {
  /// The graph's JSON and every diagnostic (in order) of compiling `rules`
  /// (a folder), expanded in one run or split from `leastSplit` obligations.
  private static func compiled(_ rules: String, leastSplit: Int) -> (String?, [String]) {
    let result = SplitExpansion.$leastSplit.withValue(leastSplit) {
      Compiler().compile(rulesAt: rules)
    }
    let diagnostics = result.diagnostics.all.map {
      "\($0.code.rawValue) \($0.range.map { "\($0.start)" } ?? "-") \($0.message.en)"
    }
    return (result.graph?.json(), diagnostics)
  }

  /// `compiled` of an inline plan's `rules`, in one run and split.
  private static func bothWays(_ rules: String) throws -> (
    oneRun: (String?, [String]), split: (String?, [String])
  ) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try (InlinePlan.header + rules).write(
      to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    return (compiled(folder.path, leastSplit: .max), compiled(folder.path, leastSplit: 1))
  }

  @Test func theBundledPlanSplitIsTheBundledPlanInOneRun() {
    let rules = Fixtures.packageRoot.appendingPathComponent("rules").path
    let (oneRun, oneRunDiagnostics) = Self.compiled(rules, leastSplit: .max)
    let (split, splitDiagnostics) = Self.compiled(rules, leastSplit: 1)
    #expect(oneRun != nil)
    #expect(split == oneRun)
    #expect(splitDiagnostics == oneRunDiagnostics)
  }

  @Test func warningsOfBothHalvesComeInTheOrderOfOneRun() throws {
    let rules = """
      obligations:
        late: {title: 晚, responsible: cities, due: 2018年底前}
        early: {title: 早, responsible: cities, depends_on: [late], due: 2017年底前}
        other: {title: 另, responsible: office, due: 2018年底前}
        first: {title: 先, responsible: office, depends_on: [other], due: 2017年底前}
        alone: {title: 独, responsible: west, due: 2017年底前}
      """
    let ((oneRun, oneRunDiagnostics), (split, splitDiagnostics)) = try Self.bothWays(rules)
    #expect(oneRunDiagnostics.filter { $0.hasPrefix("W002") }.count == 2)
    #expect(split == oneRun)
    #expect(splitDiagnostics == oneRunDiagnostics)
  }

  @Test func anErrorInAHalfExpandsAgainInOneRun() throws {
    let rules = """
      obligations:
        monthly: {title: 月报, responsible: cities, every: 每月}
        plain: {title: 普通, responsible: office, due: 2017年底前}
      """
    let ((oneRun, oneRunDiagnostics), (split, splitDiagnostics)) = try Self.bothWays(rules)
    #expect(oneRun == nil)
    #expect(!oneRunDiagnostics.isEmpty)
    #expect(split == oneRun)
    #expect(splitDiagnostics == oneRunDiagnostics)
  }
}
