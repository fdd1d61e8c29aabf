import ArgumentParser
import Foundation
import RuleParser

/// The process's output streams and the printing of diagnostics.
enum Terminal {
  /// Writes to standard output.
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes to standard error.
  static func err(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether `handle` (standard output or error) is a terminal.
  static func isTerminal(_ handle: FileHandle) -> Bool {
    isatty(handle.fileDescriptor) == 1
  }

  /// Whether standard error is a colour terminal.
  static var colorsErrors: Bool {
    isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// Prints diagnostics to standard error in the chosen format.
  static func report(
    _ diagnostics: Diagnostics, format: DiagnosticFormat = .text, language: Language,
    sources: SourceLines = SourceLines()
  ) {
    switch format {
    case .text:
      let renderer = DiagnosticRenderer(language: language, colored: colorsErrors, sources: sources)
      err(renderer.render(diagnostics))
    case .json:
      err(diagnostics.json(language: language))
    }
  }

  /// Prints diagnostics to standard error and stops the command with exit
  /// code 2: the one way a command reports an input error.
  static func fail(
    _ diagnostics: Diagnostics, format: DiagnosticFormat = .text, language: Language,
    sources: SourceLines = SourceLines()
  ) throws -> Never {
    report(diagnostics, format: format, language: language, sources: sources)
    throw ExitCode.inputError
  }

  /// Prints one diagnostic and stops the command with exit code 2.
  static func fail(_ diagnostic: Diagnostic, language: Language) throws -> Never {
    var diagnostics = Diagnostics()
    diagnostics.report(diagnostic)
    try fail(diagnostics, language: language)
  }

  /// Writes `text` to `-o PATH` (see `OutputTarget`), or to standard output
  /// for `nil` or `-`.
  static func write(_ text: String, to path: String?) throws {
    try write(data: Data(text.utf8), to: path)
  }

  /// Writes bytes to `-o PATH` (see `OutputFile`), or to standard output
  /// for `nil` or `-`.
  static func write(data: Data, to path: String?) throws {
    try OutputTarget.write(data, to: path)
  }

}
