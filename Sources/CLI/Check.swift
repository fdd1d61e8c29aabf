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
      help: ArgumentHelp(
        "The snapshots: JSON files, filled-in ledgers (.csv, .xlsx), folders of them, or - for "
          + "standard input. Several are merged by instance.",
        valueName: "snapshot"))
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
      let scope = try LedgerOptions.bodies(body, in: graph, language: options.language)
      let issueDate = bulletin.issueDate(into: &diagnostics)
      var validator = SnapshotValidator(graph: graph)
      var current: Snapshot?
      if !diagnostics.hasErrors {
        let paths = SnapshotSource.expand(snapshots, into: &diagnostics)
        var read: [Snapshot] = []
        for path in paths {
          guard
            let snapshot = SnapshotSource.read(
              path, graph: graph, asOf: override, encoding: encoding, sources: sources,
              into: &diagnostics),
            validator.validate(snapshot, into: &diagnostics)
          else { continue }
          read.append(snapshot)
        }
        if !diagnostics.hasErrors, read.count == paths.count {
          current = SnapshotMerge.merge(read, into: &diagnostics)
        }
      }
      var earlier: Snapshot?
      if let since,
        let read = SnapshotSource.read(
          since, graph: graph, asOf: nil, encoding: encoding, sources: sources,
          into: &diagnostics),
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
      var result = checker.check(current, bodies: scope)
      if let earlier {
        result.changes = FindingChanges(
          current: result, earlier: checker.check(earlier, bodies: scope ?? current.scope))
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
extension LedgerEncoding: ExpressibleByArgument {}

/// Reads a snapshot by its path: `*.csv` and `*.xlsx` (and a workbook on
/// standard input, `-`) as a filled-in ledger (`LedgerSnapshot`), anything
/// else as JSON (`SnapshotReader`).
enum SnapshotSource {
  /// The extensions of the files a folder contributes.
  static let extensions: Set<String> = ["json", "yaml", "yml", "csv", "xlsx"]

  /// The inputs with each folder replaced by its snapshot and ledger files.
  ///
  /// A folder contributes the files below it, in path order, hidden files
  /// skipped; a folder without any is reported (E239).
  static func expand(_ paths: [String], into diagnostics: inout Diagnostics) -> [String] {
    var result: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        result.append(path)
        continue
      }
      let enumerator = FileManager.default.enumerator(
        at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
      var found: [String] = []
      while let url = enumerator?.nextObject() as? URL {
        guard extensions.contains(url.pathExtension.lowercased()) else { continue }
        let relative = String(url.path.dropFirst(URL(fileURLWithPath: path).path.count))
        found.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
      }
      if found.isEmpty { diagnostics.report(.inputsEmptyFolder(path)) }
      result += found.sorted()
    }
    return result
  }

  static func read(
    _ path: String, graph: ObligationGraph, asOf: Day?, encoding: LedgerEncoding = .auto,
    sources: SourceLines, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    let lowercased = path.lowercased()
    let isLedger = lowercased.hasSuffix(".csv") || lowercased.hasSuffix(".xlsx")
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
    // A workbook on standard input is recognised by its zip signature.
    if isLedger || data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return LedgerSnapshot.read(
        data, path: path, graph: graph, asOf: asOf, encoding: encoding, into: &diagnostics)
    }
    sources.register(String(decoding: data, as: UTF8.self), for: name)
    return SnapshotReader().read(
      data, file: "<stdin>", path: "-", asOf: asOf, into: &diagnostics)
  }
}
