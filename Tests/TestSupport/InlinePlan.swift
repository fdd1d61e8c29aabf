import Foundation
import RuleEngine
import Testing

/// Small plans written in a test: a fixed header with bodies, plus the
/// test's rules, compiled from a temporary folder.
package enum InlinePlan {
  /// The plan header and bodies every inline plan starts with.
  package static let header = """
    plan: {id: demo, title: 示例, effective: 2017-07-01, report_within: 10 days}
    bodies:
      office: {name: 省整改办公室}
      env-dept: {name: 省环保厅}
      cities: {name: 各市州, members: [lanzhou, zhangye]}
      west: {name: 河西, members: [zhangye, jiuquan]}
      lanzhou: {name: 兰州市}
      zhangye: {name: 张掖市}
      jiuquan: {name: 酒泉市}

    """

  /// Compiles `rules` (plus the plan header) from a temporary folder, as
  /// a command that reads the graph does when `readsGraph` (`check`,
  /// `compile`), else as `lint` does.
  package static func compile(_ rules: String, readsGraph: Bool = false) throws -> CompileResult {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try (header + rules).write(
      to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    var compiler = Compiler()
    compiler.readsGraph = readsGraph
    return compiler.compile(rulesAt: folder.path)
  }

  /// Compiles `rules` and requires a graph without errors.
  package static func graph(_ rules: String) throws -> ObligationGraph {
    let result = try compile(rules)
    let messages = result.diagnostics.all.map { $0.message.en }
    #expect(!result.diagnostics.hasErrors, "\(messages)")
    return try #require(result.graph)
  }
}
