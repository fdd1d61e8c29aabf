import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec check`: evaluates a status snapshot into violations and escalations.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a status snapshot: violations, and the warnings, 约谈 and 问责 they call for.",
      discussion: """
        Exit codes: 0 no finding at or above --fail-on; 1 such a finding exists; 2 input \
        errors (rules or snapshot). The snapshot format is described in docs/check.md.
        """)

    @OptionGroup var options: CommonOptions

    @Argument(
      help: "The snapshot: a JSON file, a filled-in ledger (.csv), or - for standard input.")
    var snapshot: String

    @Option(help: "Check as of this day (YYYY-MM-DD) instead of the snapshot's as_of.")
    var asOf: String?

    @Option(help: "Output format: text, json, markdown, sarif, junit or github.")
    var format: ReportFormat = .text

    @Option(help: "Exit 1 when a finding at or above this action exists (none: never).")
    var failOn: FailLevel = .warning

    @Option(help: "An earlier snapshot: mark each finding new, continuing or resolved.")
    var since: String?

    @Option(name: .shortAndLong, help: "Write the report to this file (default: standard output).")
    var output: String?

    @OptionGroup(title: "Bulletin (--format markdown)") var bulletin: BulletinOptions

    @Option(help: "Also write the graph, the findings and the progress into this SQLite database.")
    var sqlite: String?

    func run() throws {
      let graph = try CompiledRules.load(options)
      let sources = SourceLines()
      var diagnostics = Diagnostics()
      var override: Day?
      if let asOf {
        override = Day(iso: asOf)
        if override == nil { diagnostics.report(.dateOption("--as-of", asOf)) }
      }
      let issueDate = bulletin.issueDate(into: &diagnostics)
      var validator = SnapshotValidator(graph: graph)
      var current: Snapshot?
      if !diagnostics.hasErrors,
        let read = SnapshotSource.read(
          snapshot, graph: graph, asOf: override, sources: sources, into: &diagnostics),
        validator.validate(read, into: &diagnostics)
      {
        current = read
      }
      var earlier: Snapshot?
      if let since,
        let read = SnapshotSource.read(
          since, graph: graph, asOf: nil, sources: sources, into: &diagnostics),
        validator.validate(read, into: &diagnostics)
      {
        earlier = read
        if let current, read.asOf.value > current.asOf.value {
          diagnostics.report(
            .sinceAfterAsOf(read.asOf.value, asOf: current.asOf.value, at: read.asOf.range))
        }
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
      let progress = PlanProgress(graph: graph, snapshot: current, result: result)
      let context = ReportContext(
        heading: bulletin.heading(for: graph, asOf: result.asOf, date: issueDate),
        progress: progress, entries: SnapshotEntries(snapshot: current, progress: progress))
      let report = format.report(language: options.language, context: context)
      if let sqlite {
        try SQLiteExport.write(
          to: sqlite, graph: graph, checks: [(current, result, progress)],
          language: options.language)
      }
      try Terminal.write(report.render(result, graph: graph), to: output)
      if let level = failOn.action, result.hasFinding(atOrAbove: level) { throw ExitCode(1) }
    }
  }
}

/// The `--fail-on` levels: an action of the ladder, or `none`.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
  case none, warning, supervision, interview, accountability, veto

  /// The lowest action that fails the run, or `nil` for `none`.
  var action: EscalationAction? { EscalationAction(rawValue: rawValue) }
}

extension ReportFormat: ExpressibleByArgument {}

/// Reads a snapshot by its path: `-` from standard input, `*.csv` as a
/// filled-in ledger (`LedgerSnapshot`), anything else as JSON (`SnapshotReader`).
enum SnapshotSource {
  static func read(
    _ path: String, graph: ObligationGraph, asOf: Day?, sources: SourceLines,
    into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    let isLedger = path.lowercased().hasSuffix(".csv")
    guard path == "-" || isLedger else {
      return SnapshotReader().read(contentsOfFile: path, asOf: asOf, into: &diagnostics)
    }
    let name = path == "-" ? "<stdin>" : path
    let content = path == "-" ? InputFile.readStandardInput() : InputFile.read(path)
    let data: [UInt8]
    switch content {
    case .bytes(let bytes):
      data = bytes
    case .tooLarge(let size):
      diagnostics.report(.inputTooLarge(name, bytes: size, limit: InputFile.defaultMaxBytes))
      return nil
    case .unreadable(let reason):
      diagnostics.report(.unreadableFile(name, reason: reason))
      return nil
    }
    if path == "-" { sources.register(String(decoding: data, as: UTF8.self), for: name) }
    if isLedger {
      return LedgerSnapshot.read(
        data, path: path, graph: graph, asOf: asOf, into: &diagnostics)
    }
    return SnapshotReader().read(
      data, file: "<stdin>", path: "-", asOf: asOf, into: &diagnostics)
  }
}
