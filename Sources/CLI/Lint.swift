import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec lint`: checks the rules and prints diagnostics.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      _superCommandName: Rulec.superCommandName,
      abstract: "Check the rule files and report problems with their location.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Exit 1 when there are warnings.")
    var strict = false

    @Option(help: "Diagnostic format: text or json.")
    var format: DiagnosticFormat = .text

    @Argument(
      help: "Rule files or folders to lint as one plan (default: --rules).",
      completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    func run() throws {
      PhaseClock.start()
      let locations = paths.isEmpty ? [options.rules] : paths
      let result = Compiler().compile(rulesAt: locations)
      ProcessLifetime.keep(result)
      Terminal.report(result.diagnostics, format: format, language: options.language)
      if result.diagnostics.hasErrors { throw ExitCode.inputError }
      let warnings = result.diagnostics.warningCount
      if strict, warnings > 0 { throw ExitCode.findings }
      if format == .text, let counts = result.counts {
        Terminal.out(Self.summary(locations, counts, warnings: warnings))
      }
    }

    /// `rules/: 252 obligations, 2285 instances, 15 policies, no problems`.
    static func summary(
      _ locations: [String], _ counts: (obligations: Int, instances: Int, policies: Int),
      warnings: Int
    ) -> String {
      let names = locations.map { location -> String in
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: location, isDirectory: &isFolder)
        return exists && isFolder.boolValue && !location.hasSuffix("/") ? location + "/" : location
      }
      func count(_ number: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
      }
      let problems = warnings == 0 ? "no problems" : count(warnings, "warning")
      return names.joined(separator: ", ") + ": "
        + [
          count(counts.obligations, "obligation"), count(counts.instances, "instance"),
          count(counts.policies, "policy", "policies"),
          problems,
        ].joined(separator: ", ") + "\n"
    }
  }
}
