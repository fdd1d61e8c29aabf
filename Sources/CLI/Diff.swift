import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec diff OLD NEW`: the semantic difference between two versions of
  /// the plan.
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      _superCommandName: Rulec.superCommandName,
      abstract:
        "Compare two versions of the plan: obligations, deadlines, bodies, policies, metrics.",
      discussion: """
        Each side is a rules folder or a git revision (HEAD~1, main, a tag), read with git \
        without a checkout; with revisions, --rules is the rules folder's path inside the \
        repository. Exit codes: 0 compared (1 with --fail-on-later when a deadline moves \
        later or is dropped); 2 errors (rules that do not compile, unknown revisions).
        """)

    @OptionGroup var options: CommonOptions

    @Argument(help: "The old side: a rules folder or a git revision.", completion: .directory)
    var old: String

    @Argument(help: "The new side: a rules folder or a git revision.", completion: .directory)
    var new: String

    @Option(help: "Output format: text, markdown or json.")
    var format: DiffFormat = .text

    @Flag(help: "Exit 1 when any deadline moves later or is dropped.")
    var failOnLater = false

    @Option(
      name: .shortAndLong, help: "Write the diff to this file (default: standard output).",
      completion: .file())
    var output: String?

    func run() throws {
      let sources = SourceLines()
      var diagnostics = Diagnostics()
      let before = compile(old, sources: sources, diagnostics: &diagnostics)
      let after = compile(new, sources: sources, diagnostics: &diagnostics)
      if !diagnostics.all.isEmpty {
        Terminal.report(diagnostics, language: options.language, sources: sources)
      }
      guard let before, let after, !diagnostics.hasErrors else { throw ExitCode(2) }
      let diff = GraphDiff(old: before, new: after, oldLabel: old, newLabel: new)
      let text: String
      switch format {
      case .text: text = diff.text
      case .markdown: text = diff.markdown
      case .json: text = diff.json
      }
      try Terminal.write(text, to: output)
      if failOnLater, diff.hasLaterDeadline { throw ExitCode(1) }
    }

    /// One side's graph: a folder (or rule file) as it is, anything else
    /// as a git revision.
    private func compile(_ side: String, sources: SourceLines, diagnostics: inout Diagnostics)
      -> ObligationGraph?
    {
      guard !FileManager.default.fileExists(atPath: side) else {
        let result = Compiler().compile(rulesAt: side)
        diagnostics.merge(result.diagnostics)
        return result.graph
      }
      return RevisionRules(revision: side, rulesPath: options.rules)
        .compile(sources: sources, diagnostics: &diagnostics)?.graph
    }
  }
}

/// The formats of `rulec diff`.
enum DiffFormat: String, NamedChoice {
  case text, markdown, json
}
