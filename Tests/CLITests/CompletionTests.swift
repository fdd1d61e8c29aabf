import Foundation
import TestSupport
import Testing

/// Shell completions: the scripts complete files where a file is expected
/// and the plan's ids where an id is expected, by calling `rulec` itself.
@Suite struct CompletionTests {
  static let plan = DiffTests.fixtures

  static func script(_ shell: String) throws -> String {
    let run = try RulecProcess.run("--generate-completion-script \(shell)", in: plan)
    #expect(run.status == 0)
    return run.stdout
  }

  @Test func bashCompletesIdsThroughRulec() throws {
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-completion-\(UUID().uuidString).bash")
    try Self.script("bash").write(to: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: script) }
    /// What bash offers for the last word of `line` (which may be empty).
    func complete(_ line: String) throws -> [String] {
      let words =
        [RulecProcess.executable.path]
        + line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      let program = """
        source '\(script.path)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        _rulec "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.arguments = ["-c", program]
      process.currentDirectoryURL = Self.plan
      return try RulecProcess.collect(process).stdout.split(separator: "\n").map(String.init)
    }
    #expect(try complete("explain --rules v2/rules sand") == ["sand-plan", "sand-plan@lanzhou"])
    #expect(try complete("ledger --rules v1/rules --body z") == ["zhangye"])
    #expect(try complete("calendar --rules v2/rules --body ").contains("forestry-dept"))
    #expect(try complete("lint v1/rules/p") == ["v1/rules/plan.yaml"])
  }

  @Test func everyShellGetsFileAndIdCompletions() throws {
    let bash = try Self.script("bash")
    #expect(bash.contains("---completion explain -- positional@0"))
    #expect(bash.contains("---completion calendar -- --body"))
    #expect(bash.contains("---completion ledger -- --body"))
    #expect(bash.contains("'!*.@(json|csv|xlsx|yaml)'"))
    let zsh = try Self.script("zsh")
    #expect(zsh.hasPrefix("#compdef rulec"))
    #expect(zsh.contains("---completion explain -- positional@0"))
    #expect(zsh.contains("---completion calendar -- --body"))
    #expect(zsh.contains(":snapshot:_files -g '\\''*.json *.csv *.xlsx *.yaml'\\''"))
    #expect(
      zsh.contains("'--rules[The folder of rule files (all *.yaml below it).]:rules:_files -/'"))
    let fish = try Self.script("fish")
    #expect(fish.contains("---completion explain -- positional@0"))
    #expect(fish.contains("---completion ledger -- --body"))
    #expect(
      fish.contains(
        "-l 'rules' -d 'The folder of rule files (all *.yaml below it).' -rfa '(__rulec_complete_directories)'"
      ))
    #expect(fish.contains("set -l exts \\'json\\' \\'csv\\' \\'xlsx\\' \\'yaml\\'"))
  }

  @Test func theBashScriptIsValidBash() throws {
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-syntax-\(UUID().uuidString).bash")
    try Self.script("bash").write(to: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: script) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-n", script.path]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
