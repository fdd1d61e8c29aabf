import ArgumentParser

/// The `-o/--output` option of every command that writes a document.
struct OutputFile: ParsableArguments {
  @Option(name: .shortAndLong, help: "Write to this file (default: standard output).")
  var output: String?

  /// Writes `text` to the file atomically, or to standard output.
  func write(_ text: String) throws {
    try Terminal.write(text, to: output)
  }
}
