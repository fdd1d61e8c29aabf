import ArgumentParser

/// The `rulec` command: compiles a plan's rules and checks status against them.
@main
struct Rulec: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rulec",
    abstract: "Compile a plan's YAML rules into an obligation graph and check status against it.",
    discussion: """
      Exit codes: 0 success; 1 findings at or above --fail-on (check) or warnings under \
      --strict (lint); 2 input errors.
      """,
    version: "0.1.0",
    subcommands: [
      Lint.self, Compile.self, Coverage.self, Check.self, Explain.self, Calendar.self, Ledger.self,
      Graph.self,
    ]
  )
}
