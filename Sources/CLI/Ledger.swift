import ArgumentParser
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
    }

    @OptionGroup var options: CommonOptions

    @Option(help: "Output format: csv or markdown.")
    var format: Format = .csv

    @OptionGroup var output: OutputFile

    @Option(help: "Only the instances of this body (a group: its members).")
    var body: String?

    @Option(help: "The day the filled-in ledger will describe (YYYY-MM-DD), written in row 1.")
    var asOf: String?

    func run() throws {
      let day = try OptionValue.day(asOf, language: options.language)
      let graph = try CompiledRules.load(options)
      let scope = try OptionValue.body(body, in: graph, language: options.language)
      let ledger = RuleEngine.Ledger(graph: graph, body: scope, asOf: day)
      try output.write(format == .csv ? ledger.csv() : ledger.markdown())
    }
  }
}
