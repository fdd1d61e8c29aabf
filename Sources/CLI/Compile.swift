import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec compile`: writes the obligation graph as JSON.
  struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compile",
      _superCommandName: Rulec.superCommandName,
      abstract: "Compile the rules and write the obligation graph as JSON.")

    @OptionGroup var options: CommonOptions

    @OptionGroup var output: OutputFile

    @Option(help: "Diagnostic format: text or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
      PhaseClock.start()
      let graph = try CompiledRules.load(options, format: format)
      PhaseClock.mark("rules")
      ProcessLifetime.keep(graph)
      try output.stream { graph.writeJSON(to: &$0) }
      PhaseClock.mark("write")
    }
  }
}
