import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec ledger`: writes the rectification ledger (整改台账).
  struct Ledger: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ledger",
      _superCommandName: Rulec.superCommandName,
      abstract: "Write the rectification ledger (整改台账): one row per instance, status to fill.",
      discussion: """
        The CSV (UTF-8 with BOM, CRLF) opens in Excel; once its status columns are filled \
        in, `rulec check ledger.csv` reads it back as a snapshot. See docs/ledger.md.
        """)

    /// The ledger's file formats.
    enum Format: String, NamedChoice {
      case csv
      case markdown
      case xlsx
    }

    @OptionGroup var options: CommonOptions

    @Option(
      help: "Output format: csv, markdown or xlsx (default: by the -o file's extension, else csv).")
    var format: Format?

    @OptionGroup var output: OutputFile

    @Option(
      help: "Only the instances of this body (a group: its members).", completion: IDCompletion.body
    )
    var body: String?

    @Option(help: "The day the filled-in ledger will describe (YYYY-MM-DD), written in row 1.")
    var asOf: String?

    func run() throws {
      let day = try OptionValue.day(asOf, language: options.language)
      let graph = try CompiledRules.load(options)
      let scope = try OptionValue.body(body, in: graph, language: options.language)
      let ledger = RuleEngine.Ledger(graph: graph, body: scope, asOf: day)
      let byName: Format? =
        switch output.output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "xlsx": .xlsx
        case "md": .markdown
        default: nil
        }
      switch format ?? byName ?? .csv {
      case .csv: try output.write(ledger.csv())
      case .markdown: try output.write(ledger.markdown())
      case .xlsx:
        if output.isStandardOutput, Terminal.isTerminal(.standardOutput) {
          try Terminal.fail(
            .commandPrecondition(
              LocalizedText(
                "--format xlsx writes a binary workbook, and standard output is a terminal",
                "--format xlsx 输出二进制工作簿，而标准输出是终端"),
              help: LocalizedText(
                "write it to a file with `-o ledger.xlsx`, or redirect it (`> ledger.xlsx`)",
                "请用 `-o 台账.xlsx` 写入文件，或重定向输出（`> 台账.xlsx`）")),
            language: options.language)
        }
        try output.write(data: ledger.xlsx())
      }
    }
  }
}
