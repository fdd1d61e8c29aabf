import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec explain ID`: what the compiler made of one id.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "explain",
      _superCommandName: Rulec.superCommandName,
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
          Diagnostic(
            .error, code: .explainUnknownID,
            LocalizedText(
              "the plan has no obligation, instance, metric, policy or body '\(id)'",
              "方案中没有名为 '\(id)' 的义务、实例、指标、处置政策或单位"), at: nil
          ).suggesting(
            ExplainReport.suggestion(for: id, in: graph),
            otherwise: LocalizedText(
              "`rulec compile` lists every id of the plan", "`rulec compile` 列出方案中的所有标识")),
          language: options.language)
      }
      Terminal.out(text)
    }
  }
}
