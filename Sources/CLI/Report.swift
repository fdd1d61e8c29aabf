import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec report`: the HTML dashboard of one snapshot.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a snapshot's dashboard: one self-contained HTML page (inline CSS and SVG).",
      discussion: """
        The page shows the overall progress, the bodies worst first, the 约谈/问责 list, each \
        metric against its path, the deadlines by month and, with --since, what changed. It \
        loads nothing from elsewhere and prints on A4. Labels are Chinese unless --lang en. \
        Exit codes: 0 written; 2 input errors. See docs/report.md.
        """)

    @OptionGroup var options: CommonOptions

    @Argument(help: "The snapshot: a JSON file or a filled-in ledger (.csv).")
    var snapshot: String

    @Option(help: "Show the snapshot as of this day (YYYY-MM-DD) instead of its as_of.")
    var asOf: String?

    @Option(help: "An earlier snapshot: show what is new and what was resolved since.")
    var since: String?

    @Option(name: .shortAndLong, help: "Write the page to this file (default: standard output).")
    var output: String?

    func run() throws {
      let graph = try CompiledRules.load(options)
      let language = options.lang ?? .zh
      let sources = SourceLines()
      var diagnostics = Diagnostics()
      var override: Day?
      if let asOf {
        override = Day(iso: asOf)
        if override == nil { diagnostics.report(.dateOption("--as-of", asOf)) }
      }
      var current: Snapshot?
      if !diagnostics.hasErrors {
        current = SnapshotLoading.load(
          snapshot, graph: graph, asOf: override, sources: sources, into: &diagnostics)
      }
      let earlier = since.flatMap {
        SnapshotLoading.load($0, graph: graph, asOf: nil, sources: sources, into: &diagnostics)
      }
      if let current, let earlier, earlier.asOf.value > current.asOf.value {
        diagnostics.report(
          .sinceAfterAsOf(earlier.asOf.value, asOf: current.asOf.value, at: earlier.asOf.range))
      }
      guard let current, since == nil || earlier != nil, !diagnostics.hasErrors else {
        Terminal.report(diagnostics, language: options.language, sources: sources)
        throw ExitCode(2)
      }
      let checker = Checker(graph: graph)
      var result = checker.check(current)
      if let earlier {
        result.changes = FindingChanges(current: result, earlier: checker.check(earlier))
        RewriteWarnings.print(earlier: earlier, later: current, language: options.language)
      }
      let page = DashboardPage(
        graph: graph, snapshot: current, result: result,
        progress: PlanProgress(graph: graph, snapshot: current, result: result),
        language: language)
      try Terminal.write(page.render(), to: output)
    }
  }
}

/// Prints the W045 warnings of a later snapshot that rewrites an earlier one.
enum RewriteWarnings {
  static func print(earlier: Snapshot, later: Snapshot, language: Language) {
    var warnings = Diagnostics()
    for rewrite in SnapshotRewrites.find(earlier: earlier, later: later) {
      warnings.report(rewrite.diagnostic)
    }
    guard !warnings.all.isEmpty else { return }
    Terminal.report(warnings, language: language)
  }
}
