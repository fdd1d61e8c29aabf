import ArgumentParser
import Foundation
import RuleParser

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long, help: "The folder of rule files (all *.yaml below it).", completion: .directory)
  var rules = "rules"

  @Option(name: .long, help: "Message language: en or zh (default: from LANG).")
  var lang: Language?

  @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

  /// The language asked for, or the environment's.
  var language: Language {
    lang ?? Language.ofProcess
  }
}

extension Language: NamedChoice {}

/// How diagnostics are printed.
enum DiagnosticFormat: String, NamedChoice {
  case text
  case json
}
