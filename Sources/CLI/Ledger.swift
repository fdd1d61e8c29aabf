import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec ledger`: writes the rectification ledger (整改台账).
  struct Ledger: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the rectification ledger (整改台账): one row per instance, status to fill.",
      discussion: """
        The CSV (UTF-8 with BOM, CRLF) opens in Excel; once its status columns are filled \
        in, `rulec check ledger.csv` reads it back as a snapshot. See docs/ledger.md.
        """)

    /// The ledger's file formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case csv
      case markdown
      case xlsx
    }

    @OptionGroup var options: CommonOptions

    @Option(
      help: "Output format: csv, markdown or xlsx (default: by the -o file's extension, else csv).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write the ledger to this file (default: standard output).")
    var output: String?

    @Option(help: "Only the instances of this body (a group: its members).")
    var body: String?

    @Option(help: "The day the filled-in ledger will describe (YYYY-MM-DD), written in row 1.")
    var asOf: String?

    func run() throws {
      let day = try LedgerOptions.day(asOf, language: options.language)
      let graph = try CompiledRules.load(options)
      let scope = try LedgerOptions.body(body, in: graph, language: options.language)
      let ledger = RuleEngine.Ledger(graph: graph, body: scope, asOf: day)
      let byName: Format? =
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "xlsx": .xlsx
        case "md": .markdown
        default: nil
        }
      switch format ?? byName ?? .csv {
      case .csv: try Terminal.write(ledger.csv(), to: output)
      case .markdown: try Terminal.write(ledger.markdown(), to: output)
      case .xlsx: try Terminal.write(data: ledger.xlsx(), to: output)
      }
    }
  }
}

/// The checks of `ledger` and `graph` options against the plan.
enum LedgerOptions {
  /// The day of an `--as-of` option; reports E121 and exits 2 when it is no date.
  static func day(_ text: String?, language: Language) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else {
      try fail(.dateOption("--as-of", text), language: language)
    }
    return day
  }

  /// The bodies of repeated `--body` options, groups expanded to their members.
  ///
  /// `nil` when none is given. Reports E156 and exits 2 when one is unknown.
  static func bodies(
    _ ids: [String], in graph: ObligationGraph, language: Language
  ) throws -> Set<String>? {
    guard !ids.isEmpty else { return nil }
    var result: Set<String> = []
    for id in ids {
      guard let body = try body(id, in: graph, language: language) else { continue }
      result.formUnion(graph.expand(body: body.id))
    }
    return result
  }

  /// The body of a `--body` option; reports E156 and exits 2 when unknown.
  static func body(_ id: String?, in graph: ObligationGraph, language: Language) throws -> Body? {
    guard let id else { return nil }
    guard let body = graph.body(id) else {
      let suggestion = DidYouMean(candidates: graph.bodies.map(\.id)).suggest(for: id)
      try fail(.unknownBodyOption(id, suggestion: suggestion), language: language)
    }
    return body
  }

  /// Prints one diagnostic and exits 2.
  static func fail(_ diagnostic: Diagnostic, language: Language) throws -> Never {
    var diagnostics = Diagnostics()
    diagnostics.report(diagnostic)
    Terminal.report(diagnostics, language: language)
    throw ExitCode(2)
  }
}
