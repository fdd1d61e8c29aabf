import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec test`: runs the plan's policy tests (`rules/tests/*.yaml`).
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test",
      _superCommandName: Rulec.superCommandName,
      abstract: "Run the policy tests in rules/tests/: expected findings of small snapshots.",
      discussion: """
        Each case checks a small snapshot (or one instance's facts) and compares the \
        violations and escalations on the instances it names with those it expects; a \
        failing case shows a diff (- expected, + actual). Exit codes: 0 every case passed; \
        1 a case failed; 2 errors in the rules or the tests. See docs/testing.md.
        """)

    @OptionGroup var options: CommonOptions

    @Argument(
      help: "Test files or folders (default: the tests/ folder of the rules).",
      completion: .file(extensions: ["yaml", "yml"]))
    var tests: [String] = []

    func run() throws {
      let graph = try CompiledRules.load(options)
      var diagnostics = Diagnostics()
      let files = testFiles(diagnostics: &diagnostics)
      var reader = PolicyTestReader(graph: graph)
      var cases: [PolicyTestCase] = []
      for file in files {
        cases += reader.read(contentsOfFile: file, into: &diagnostics)
      }
      var validator = SnapshotValidator(graph: graph)
      for testCase in cases {
        _ = validator.validate(testCase.snapshot, into: &diagnostics)
      }
      if !diagnostics.all.isEmpty {
        Terminal.report(diagnostics, language: options.language)
      }
      if diagnostics.hasErrors { throw ExitCode(2) }
      let runner = PolicyTestRunner(graph: graph)
      let outcomes = cases.map(runner.run)
      Terminal.out(PolicyTestReport.text(outcomes))
      if outcomes.contains(where: { !$0.passed }) { throw ExitCode(1) }
    }

    /// The test files named, or those of the rules' `tests/` folder, each
    /// folder's YAML files in sorted order.
    private func testFiles(diagnostics: inout Diagnostics) -> [String] {
      let base = options.rules.hasSuffix("/") ? String(options.rules.dropLast()) : options.rules
      let roots = tests.isEmpty ? [base + "/" + RuleSources.testsFolder] : tests
      var files: [String] = []
      for root in roots {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
          diagnostics.report(.noPolicyTests(root))
          continue
        }
        guard isFolder.boolValue else {
          files.append(root)
          continue
        }
        let found = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
          .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        if found.isEmpty { diagnostics.report(.noPolicyTests(root)) }
        let folder = root.hasSuffix("/") ? String(root.dropLast()) : root
        files += found.map { folder + "/" + $0 }
      }
      return files
    }
  }
}
