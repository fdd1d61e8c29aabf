import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec coverage`: which of the document's time expressions the rules cover.
  struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coverage",
      _superCommandName: Rulec.superCommandName,
      abstract: "Report which time expressions of the source document the rules cover.")

    /// Output formats of the report.
    enum Format: String, NamedChoice {
      case text, markdown, json
    }

    @OptionGroup var options: CommonOptions

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    @OptionGroup var output: OutputFile

    @Option(help: "Exit 1 when less than this percentage is covered or explained.")
    var min: Double?

    func validate() throws {
      if let min, !(min.isFinite && (0...100).contains(min)) {
        try Terminal.fail(.minimumNotPercentage(String(min)), language: options.language)
      }
    }

    func run() throws {
      let result = try CompiledRules.loadResult(options)
      guard let graph = result.graph, let document = result.document else {
        try Terminal.fail(
          .commandPrecondition(
            LocalizedText(
              "the plan names no readable 'document': nothing to cover",
              "方案未指明可读的 'document'：没有可核对的内容"),
            help: LocalizedText(
              "name the source document under `plan: document:`",
              "请在 `plan:` 的 `document:` 下指明原文文件")),
          language: options.language)
      }
      let report = CoverageReport(
        graph: graph, document: document, explanations: result.explanations)
      let text: String
      switch format {
      case .text: text = report.text(language: options.language)
      case .markdown: text = report.markdown(language: options.language)
      case .json: text = report.json()
      }
      try output.write(text)
      if !report.disagreements.isEmpty {
        var warnings = Diagnostics()
        for disagreement in report.disagreements {
          warnings.report(disagreement.diagnostic(file: report.document))
        }
        Terminal.report(warnings, language: options.language)
      }
      if let min, report.percentAccounted < min { throw ExitCode.findings }
    }
  }
}
