import ArgumentParser
import Foundation
import RuleParser

/// The `rulec` command: compiles a plan's rules and checks status against them.
@main
struct Rulec: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rulec",
    abstract: "Compile a plan's YAML rules into an obligation graph and check status against it.",
    discussion: """
      Exit codes: 0 success; 1 findings at or above --fail-on (check), warnings under \
      --strict (lint) or coverage under --min (coverage); 2 errors in the input, including \
      bad command-line values.
      """,
    version: "0.1.0",
    subcommands: [
      Lint.self, Compile.self, Coverage.self, Check.self, Explain.self, Calendar.self, Ledger.self,
      Graph.self, Report.self, History.self,
    ]
  )

  /// Runs the command, reporting bad command-line values with exit code 2
  /// (input error) rather than the parser's 64, as documented.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      guard code == .validationFailure else { exit(withError: error) }
      let lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
      Terminal.err(lines.map { PrintableText.escaping($0) }.joined(separator: "\n") + "\n")
      Foundation.exit(2)
    }
  }
}
