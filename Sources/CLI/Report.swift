import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec report`: the HTML dashboard of one snapshot.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      _superCommandName: Rulec.superCommandName,
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

    @OptionGroup var output: OutputFile

    func run() throws {
      // The snapshots load on the other core while the rules load.
      let prefetched = SnapshotPrefetch(
        paths: [snapshot] + (since.map { [$0] } ?? []), merging: [snapshot])
      let graph = try CompiledRules.load(options)
      let language = options.lang ?? .zh
      var diagnostics = Diagnostics()
      var override: Day?
      if let asOf {
        override = Day(iso: asOf)
        if override == nil { diagnostics.report(.dateOption("--as-of", asOf)) }
      }
      var source = SnapshotSource(graph: graph)
      source.prefetched = prefetched
      guard
        let checked = source.check([snapshot], since: since, asOf: override, into: &diagnostics)
      else {
        try Terminal.fail(diagnostics, language: options.language, sources: source.sources)
      }
      let (current, result) = (checked.current, checked.result)
      if let earlier = checked.earlier {
        RewriteWarnings.print(earlier: earlier, later: current, language: options.language)
      }
      let page = DashboardPage(
        graph: graph, snapshot: current, result: result,
        progress: PlanProgress(graph: graph, snapshot: current, result: result),
        language: language)
      try output.write(page.render())
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
