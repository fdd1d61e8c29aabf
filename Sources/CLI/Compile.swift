import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec compile`: writes the obligation graph as JSON.
  struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compile the rules and write the obligation graph as JSON.")

    @OptionGroup var options: CommonOptions

    @Option(
      name: .shortAndLong, help: "Write the graph to this file (default: standard output).",
      completion: .file())
    var output: String?

    @Option(help: "Diagnostic format: text or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
      let graph = try CompiledRules.load(options, format: format)
      try Terminal.write(graph.json(), to: output)
    }
  }
}
