import Foundation

/// Runs the `rulec` executable built beside the tests.
package enum RulecProcess {
  /// What a run printed and its exit status.
  package struct Output {
    package var stdout: String
    package var stderr: String
    package var status: Int32
  }

  /// The built `rulec` (in the same folder as the test bundle).
  package static let executable: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      folder = bundle.bundleURL.deletingLastPathComponent()
    }
    return folder.appendingPathComponent("rulec")
  }()

  /// Runs `rulec` with a command line (split on spaces; `< FILE` feeds
  /// standard input) in a folder, with a fixed environment.
  package static func run(
    _ commandLine: String, in folder: URL, environment: [String: String] = [:]
  )
    throws -> Output
  {
    var words = commandLine.split(whereSeparator: \.isWhitespace).map(String.init)
    let process = Process()
    process.executableURL = executable
    process.currentDirectoryURL = folder
    var env = ["LANG": "C", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    env.merge(environment) { _, new in new }
    process.environment = env
    if let index = words.firstIndex(of: "<"), index + 1 < words.count {
      process.standardInput = try FileHandle(
        forReadingFrom: folder.appendingPathComponent(words[index + 1]))
      words.removeSubrange(index...(index + 1))
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    process.arguments = words
    return try collect(process)
  }
}

extension RulecProcess {
  /// Runs a shell script (`/bin/sh -c`) in a folder, with the same fixed
  /// environment as `run`.
  package static func runShell(_ script: String, in folder: URL) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder
    process.environment = ["LANG": "C", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    process.standardInput = FileHandle.nullDevice
    return try collect(process)
  }
}

extension RulecProcess {
  /// Starts a configured process and collects its output and exit status.
  package static func collect(_ process: Process) throws -> Output {
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = PipeReader(out.fileHandleForReading)
    let errData = PipeReader(err.fileHandleForReading)
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: outData.wait(), as: UTF8.self),
      stderr: String(decoding: errData.wait(), as: UTF8.self),
      status: process.terminationStatus)
  }
}

/// Reads a pipe to its end on a background thread (so a full stderr pipe
/// cannot block the child while we read stdout).
package final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  package init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  package func wait() -> Data {
    done.wait()
    return data
  }
}
