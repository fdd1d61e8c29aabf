import ArgumentParser
import RuleEngine
import RuleParser

/// Compiles the rules for a subcommand that needs the graph: prints the
/// diagnostics and exits 2 on errors.
enum CompiledRules {
  static func load(
    _ options: CommonOptions, format: DiagnosticFormat = .text
  ) throws -> ObligationGraph {
    try loadResult(options, format: format).graph.unwrap()
  }

  static func loadResult(
    _ options: CommonOptions, format: DiagnosticFormat = .text
  ) throws -> CompileResult {
    var compiler = Compiler()
    compiler.readsGraph = true
    let result = compiler.compile(rulesAt: options.rules)
    guard result.graph != nil, !result.diagnostics.hasErrors else {
      try Terminal.fail(result.diagnostics, format: format, language: options.language)
    }
    if !result.diagnostics.all.isEmpty {
      Terminal.report(result.diagnostics, format: format, language: options.language)
    }
    return result
  }
}

extension Optional {
  fileprivate func unwrap() throws -> Wrapped {
    guard let self else { throw ExitCode.inputError }
    return self
  }
}
