import ArgumentParser
import Foundation
import RuleEngine

/// The `-o/--output` option of every command that writes a document.
struct OutputFile: ParsableArguments {
  @Option(
    name: .shortAndLong, help: "Write to this file (default: standard output).",
    completion: .file())
  var output: String?

  /// Whether the output goes to standard output (no `-o`, or `-o -`).
  var isStandardOutput: Bool { output == nil || output == "-" }

  /// Writes `text` to the file atomically, or to standard output.
  func write(_ text: String) throws {
    try Terminal.write(text, to: output)
  }

  /// Writes what `body` writes, in chunks as it goes, to the file (still
  /// replaced atomically) or to standard output.
  func stream(_ body: (inout ReportOutput) throws -> Void) throws {
    try OutputTarget.stream(to: output, body)
  }

  /// Writes bytes (a workbook) to the file atomically, or to standard output.
  func write(data: Data) throws {
    try Terminal.write(data: data, to: output)
  }
}
