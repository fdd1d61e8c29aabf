import Foundation
import TestSupport
import Testing

/// Runs `rulec` on the bundled plan (`rules/`) from the package root.
@Suite struct BundledPlanTests {
  @Test func lintsCleanWithoutWarnings() throws {
    let run = try RulecProcess.run("lint --strict", in: Fixtures.packageRoot)
    #expect(run.status == 0)
    #expect(run.stderr == "")
  }

  @Test func compilesToByteIdenticalJSON() throws {
    let first = try RulecProcess.run("compile", in: Fixtures.packageRoot)
    let second = try RulecProcess.run("compile", in: Fixtures.packageRoot)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let parsed = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
    #expect(parsed?["format"] as? String == "rulec-graph/1")
  }

  @Test func coverageIsCompleteAndDocumented() throws {
    let run = try RulecProcess.run("coverage --format markdown --min 100", in: Fixtures.packageRoot)
    #expect(run.status == 0)
    let documented = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/coverage.md"), encoding: .utf8)
    #expect(
      run.stdout == documented,
      "docs/coverage.md is stale: regenerate it with rulec coverage --format markdown -o docs/coverage.md"
    )
  }

  @Test func coverageFailsBelowTheMinimum() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-coverage-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "二、目标\n2017年底前完成规划。2018年6月底前完成验收。\n".write(
      to: folder.appendingPathComponent("doc.txt"), atomically: true, encoding: .utf8)
    try """
    plan: {id: p, title: t, document: doc.txt}
    bodies: {office: {name: 办公室}}
    obligations:
      plan: {title: 规划, responsible: office, due: 2017年底前, source: {section: 二, quote: 2017年底前完成规划}}
    """.write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
    let run = try RulecProcess.run("coverage --rules rules.yaml --min 60", in: folder)
    #expect(run.status == 1)
    #expect(
      run.stdout.contains(
        "2 time expressions: 1 covered, 0 explained, 1 uncovered (50.0% accounted for)"))
    #expect(run.stdout.contains("doc.txt:2:13: 2018年6月底前  [uncovered]"))
  }
}
