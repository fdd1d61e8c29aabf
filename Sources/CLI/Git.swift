import Foundation

/// Runs `git` (found on `PATH`) as a child process.
struct Git {
  /// The result of one git command.
  struct Output {
    var status: Int32
    var stdout: Data
    var stderr: String
  }

  /// The folder git runs in.
  var folder: String

  /// Runs `git ARGUMENTS` in `folder`; `nil` when git cannot be started.
  func run(_ arguments: [String]) -> Output? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    // Both pipes are drained at once, so a full stderr cannot block git.
    let errors = DrainedPipe(err)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let message = String(decoding: errors.wait(), as: UTF8.self)
    return Output(status: process.terminationStatus, stdout: data, stderr: message)
  }
}

/// Reads a pipe to its end on a background thread.
final class DrainedPipe: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ pipe: Pipe) {
    let handle = pipe.fileHandleForReading
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  /// Everything read, once the pipe is closed.
  func wait() -> Data {
    done.wait()
    return data
  }
}
