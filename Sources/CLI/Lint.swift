import ArgumentParser
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec lint`: checks the rules and prints diagnostics.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the rule files and report problems with their location.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Exit 1 when there are warnings.")
    var strict = false

    @Option(help: "Diagnostic format: text or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
      let result = Compiler().compile(rulesAt: options.rules)
      Terminal.report(result.diagnostics, format: format, language: options.language)
      if result.diagnostics.hasErrors { throw ExitCode.inputError }
      if strict, result.diagnostics.warningCount > 0 { throw ExitCode.findings }
    }
  }
}
