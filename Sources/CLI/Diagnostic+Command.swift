import RuleParser

/// The catalogue of command-line errors that are not about one option's
/// value against the plan: unknown commands, what the argument parser
/// rejects, and the calendar's options.
extension Diagnostic {
  /// E191: what the argument parser rejects, in its words, with the usage
  /// as a note and where to read more as help.
  static func badCommandLine(_ message: String, usage: String?, more: String?) -> Diagnostic {
    var diagnostic = Diagnostic(
      .error, code: .badCommandLine, LocalizedText(message, message), at: nil)
    if let usage { diagnostic = diagnostic.note(LocalizedText("usage: \(usage)", "用法：\(usage)")) }
    if let more { diagnostic = diagnostic.help(LocalizedText(more, more)) }
    return diagnostic
  }

  /// E195: a command that needs what the plan or the other options lack.
  static func commandPrecondition(_ message: LocalizedText, help: LocalizedText) -> Diagnostic {
    error(.commandPrecondition, message, at: nil, help: help)
  }
}
