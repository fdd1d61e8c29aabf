import Foundation

/// Runs `python3` (the first on `PATH`: `scripts/test` puts the validators'
/// `.venv` there) to read what rulec writes with real parsers.
package enum Python {
  /// A script that exited with a failure.
  package struct Failed: Error, CustomStringConvertible {
    /// The script's standard error.
    package var message: String
    package var description: String { "python3 failed: \(message)" }
  }

  /// The exit status and output (standard output and error together) of
  /// `python3 -c script arguments…`.
  package static func run(
    _ script: String, _ arguments: [String] = []
  ) throws -> (status: Int32, output: String) {
    let result = try execute(["-c", script] + arguments, mergingErrors: true)
    return (result.status, result.output)
  }

  /// The exit status and output of `python3 -c script file`, where the file
  /// holds `input`.
  package static func run(_ script: String, input: String) throws -> (status: Int32, output: String)
  {
    try Fixtures.withTemporaryFile(input) { try run(script, [$0]) }
  }

  /// The standard output of `python3 -c script arguments…`; throws `Failed`
  /// with its standard error when it exits with a failure.
  package static func output(_ script: String, _ arguments: [String] = []) throws -> String {
    try output(arguments: ["-c", script] + arguments)
  }

  /// The standard output of `python3 file arguments…` for a script file.
  package static func output(file: URL, _ arguments: [String] = []) throws -> String {
    try output(arguments: [file.path] + arguments)
  }

  private static func output(arguments: [String]) throws -> String {
    let result = try execute(arguments, mergingErrors: false)
    guard result.status == 0 else { throw Failed(message: result.errors) }
    return result.output
  }

  private static func execute(
    _ arguments: [String], mergingErrors: Bool
  ) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    let errors = mergingErrors ? output : Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let errorReader = mergingErrors ? nil : PipeReader(errors.fileHandleForReading)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errorText = errorReader.map { String(decoding: $0.wait(), as: UTF8.self) } ?? ""
    return (process.terminationStatus, String(decoding: data, as: UTF8.self), errorText)
  }
}
