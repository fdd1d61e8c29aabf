import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec check`: evaluates a status snapshot into violations and escalations.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      _superCommandName: Rulec.superCommandName,
      abstract: "Check a status snapshot: violations, and the warnings, 约谈 and 问责 they call for.",
      discussion: """
        Exit codes: 0 no finding at or above --fail-on; 1 such a finding exists; 2 input \
        errors (rules or snapshot). The snapshot format is described in docs/check.md.
        """)

    @OptionGroup var options: CommonOptions

    @Argument(
      help: ArgumentHelp(
        "The snapshots: JSON files, filled-in ledgers (.csv, .xlsx), folders of them, or - for "
          + "standard input. Several are merged by instance.",
        valueName: "snapshot"),
      completion: .file(extensions: ["json", "csv", "xlsx", "yaml"]))
    var snapshots: [String]

    @Option(
      help: ArgumentHelp(
        "Only the findings of this body (repeatable; a group: its members). Default: the "
          + "scope of the ledgers (--body of `rulec ledger`), else every body."))
    var body: [String] = []

    @Option(help: "The text encoding of ledger CSVs: auto (UTF-8, else GB18030/GBK), utf-8, gbk.")
    var encoding: LedgerEncoding = .auto

    @Option(help: "Check as of this day (YYYY-MM-DD) instead of the snapshot's as_of.")
    var asOf: String?

    @Option(help: "Output format: text, json, markdown, sarif, junit or github.")
    var format: ReportFormat = .text

    @Option(help: "Exit 1 when a finding at or above this action exists (none: never).")
    var failOn: FailLevel = .warning

    @Option(
      help: "An earlier snapshot: mark each finding new, continuing or resolved.",
      completion: .file(extensions: ["json", "csv", "xlsx", "yaml"]))
    var since: String?

    @OptionGroup var output: OutputFile

    @OptionGroup(title: "Bulletin (--format markdown)") var bulletin: BulletinOptions

    @Option(help: "Also write the graph, the findings and the progress into this SQLite database.")
    var sqlite: String?

    func run() throws {
      PhaseClock.start()
      // The snapshots load on the other core while the rules load.
      let prefetched = SnapshotPrefetch(
        paths: snapshots + (since.map { [$0] } ?? []), merging: snapshots)
      let graph = try CompiledRules.load(options)
      PhaseClock.mark("rules")
      var diagnostics = Diagnostics()
      var override: Day?
      if let asOf {
        override = Day(iso: asOf)
        if override == nil { diagnostics.report(.dateOption("--as-of", asOf)) }
      }
      let scope = try OptionValue.bodies(body, in: graph, language: options.language)
      let issueDate = bulletin.issueDate(into: &diagnostics)
      var source = SnapshotSource(graph: graph, encoding: encoding)
      source.prefetched = prefetched
      guard
        let checked = source.check(
          snapshots, since: since, asOf: override, bodies: scope, into: &diagnostics)
      else {
        try Terminal.fail(diagnostics, language: options.language, sources: source.sources)
      }
      let (current, result) = (checked.current, checked.result)
      if let earlier = checked.earlier {
        RewriteWarnings.print(earlier: earlier, later: current, language: options.language)
      }
      let progress = PlanProgress(graph: graph, snapshot: current, result: result)
      let context = ReportContext(
        heading: bulletin.heading(for: graph, asOf: result.asOf, date: issueDate),
        progress: progress,
        entries: format.showsEntries
          ? SnapshotEntries(snapshot: current, progress: progress) : SnapshotEntries())
      let report = format.report(language: options.language, context: context)
      PhaseClock.mark("progress")
      if let sqlite {
        try SQLiteExport.write(
          to: sqlite, graph: graph, checks: [(current, result, progress)],
          language: options.language)
      }
      try output.stream { report.write(result, graph: graph, to: &$0) }
      PhaseClock.mark("write")
      ProcessLifetime.keep((graph, checked, progress, context))
      // The step as the plan ranks it (a plan's ladder may put its own steps
      // between the standard five).
      if let level = failOn.action.map(graph.plan.rank(of:)),
        result.hasFinding(atOrAbove: level)
      {
        throw ExitCode.findings
      }
    }
  }
}

/// The `--fail-on` levels: an action of the ladder, or `none`.
enum FailLevel: String, NamedChoice {
  case none, warning, supervision, interview, accountability, veto

  /// The lowest action that fails the run, or `nil` for `none`.
  var action: EscalationAction? { EscalationAction(rawValue: rawValue) }
}

extension ReportFormat: NamedChoice {}
extension LedgerEncoding: NamedChoice {}
