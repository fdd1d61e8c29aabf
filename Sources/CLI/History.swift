import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec history`: a series of snapshots, per body and month.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "history",
      _superCommandName: Rulec.superCommandName,
      abstract:
        "Report a series of snapshots per body and month: due, done, overdue, escalations, trend.",
      discussion: """
        Give the monthly snapshot files, or a folder: its *.json files are read. A later \
        snapshot that rewrites what an earlier one recorded is a warning (W045) naming both. \
        Exit codes: 0 written; 2 input errors. See docs/history.md.
        """)

    @OptionGroup var options: CommonOptions

    @Argument(help: "The snapshots (JSON files or filled-in ledgers), or a folder of *.json files.")
    var snapshots: [String]

    @Option(
      help:
        "Output format: text, json, markdown or html (the dashboard of the last snapshot with the history chart)."
    )
    var format: HistoryFormat = .text

    @OptionGroup var output: OutputFile

    @Option(
      help:
        "Also write the graph, every snapshot's findings and the history into this SQLite database."
    )
    var sqlite: String?

    func run() throws {
      // The snapshots load on the other core while the rules load; what the
      // folders lack is reported after the rules, as reading them is.
      var expansion = Diagnostics()
      let files = expand(snapshots, into: &expansion)
      let prefetched = SnapshotPrefetch(paths: files)
      let graph = try CompiledRules.load(options)
      var diagnostics = expansion
      var source = SnapshotSource(graph: graph)
      source.prefetched = prefetched
      var loaded: [Snapshot] = []
      for path in files {
        if let snapshot = source.read(path, asOf: nil, into: &diagnostics) {
          loaded.append(snapshot)
        }
      }
      var days: [Day: String] = [:]
      for snapshot in loaded {
        if let other = days[snapshot.asOf.value] {
          diagnostics.report(
            .error(
              .historySameDay,
              LocalizedText(
                "'\(other)' and '\(snapshot.path)' both describe \(snapshot.asOf.value.description)",
                "'\(other)' 与 '\(snapshot.path)' 描述的是同一天 \(snapshot.asOf.value.description)"),
              at: nil))
        }
        days[snapshot.asOf.value] = snapshot.path
      }
      guard !loaded.isEmpty, !diagnostics.hasErrors else {
        try Terminal.fail(diagnostics, language: options.language, sources: source.sources)
      }
      let history = RuleEngine.History(graph: graph, snapshots: loaded)
      var warnings = Diagnostics()
      for rewrite in history.rewrites { warnings.report(rewrite.diagnostic) }
      if !warnings.all.isEmpty { Terminal.report(warnings, language: options.language) }
      if let sqlite {
        let sorted = loaded.sorted { $0.asOf.value < $1.asOf.value }
        let checks = zip(sorted, history.points).map { ($0, $1.result, $1.progress) }
        try SQLiteExport.write(
          to: sqlite, graph: graph, checks: checks, history: history, language: options.language)
      }
      try output.write(render(history, graph: graph, snapshots: loaded))
    }

    private func render(
      _ history: RuleEngine.History, graph: ObligationGraph, snapshots: [Snapshot]
    ) -> String {
      let report = HistoryReport(language: options.language)
      switch format {
      case .text: return report.text(history, graph: graph)
      case .json: return report.json(history, graph: graph)
      case .markdown: return report.markdown(history, graph: graph)
      case .html:
        let last = snapshots.max { $0.asOf.value < $1.asOf.value }
        guard let last, let point = history.points.last else { return "" }
        return DashboardPage(
          graph: graph, snapshot: last, result: point.result, progress: point.progress,
          language: options.lang ?? .zh, history: history
        ).render()
      }
    }

    /// The paths given, with each folder replaced by its `*.json` files
    /// (sorted); an empty folder is E246.
    private func expand(_ paths: [String], into diagnostics: inout Diagnostics) -> [String] {
      var files: [String] = []
      for path in paths {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
          isFolder.boolValue
        else {
          files.append(path)
          continue
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let json = names.filter { $0.lowercased().hasSuffix(".json") }.sorted()
        if json.isEmpty {
          diagnostics.report(
            .error(
              .historyEmpty,
              LocalizedText("no snapshot (*.json) in '\(path)'", "'\(path)' 中没有快照文件（*.json）"),
              at: nil))
        }
        let folder = path.hasSuffix("/") ? path : path + "/"
        files += json.map { folder + $0 }
      }
      return files
    }
  }
}

extension HistoryFormat: NamedChoice {}
