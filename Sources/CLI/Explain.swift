import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec explain ID`: what the compiler made of one id.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what the compiler made of an obligation, instance, metric, policy or body.")

    @OptionGroup var options: CommonOptions

    @Argument(help: "The id: water.sand-plan, water.sand-plan@zhangye, air.pm25, warn-overdue...")
    var id: String

    func run() throws {
      let graph = try CompiledRules.load(options)
      guard let text = ExplainReport(language: options.language).render(id, graph: graph) else {
        try Terminal.fail(
          .explainUnknownID(id, suggestion: ExplainReport.suggestion(for: id, in: graph)),
          language: options.language)
      }
      Terminal.out(text)
    }
  }
}
