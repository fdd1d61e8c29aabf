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

  /// Writes `text` to `-o PATH` (see `OutputFile`), or to standard output
  /// for `nil` or `-`.
  static func write(_ text: String, to path: String?) throws {
    try write(data: Data(text.utf8), to: path)
  }

  /// Writes bytes to `-o PATH` (see `OutputFile`), or to standard output
  /// for `nil` or `-`.
  static func write(data: Data, to path: String?) throws {
    try OutputFile.write(data, to: path)
  }
}
