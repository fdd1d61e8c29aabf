import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec explain ID`: what the compiler made of one id.
  struct Explain: ParsableCommand, TakesCommonOptions {
    static let configuration = CommandConfiguration(
      abstract: "Show what the compiler made of an obligation, instance, metric, policy or body.")

    @OptionGroup var options: CommonOptions

    @Argument(
      help: "The id: water.sand-plan, water.sand-plan@zhangye, air.pm25, warn-overdue...",
      completion: IDCompletion.anyID)
    var id: String?

    @Flag(help: "How many obligations can become overdue and how many policies can fire.")
    var summary = false

    func validate() throws {
      if id == nil, !summary { throw ValidationError("give an id, or --summary") }
    }

    func run() throws {
      let graph = try CompiledRules.load(options)
      guard let id else {
        Terminal.out(EnforcementSummary(graph: graph).render(language: options.language))
        return
      }
      guard let text = ExplainReport(language: options.language).render(id, graph: graph) else {
        try Terminal.fail(
          .explainUnknownID(id, suggestion: ExplainReport.suggestion(for: id, in: graph)),
          language: options.language)
      }
      Terminal.out(text)
    }
  }
}
