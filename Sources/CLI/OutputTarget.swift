import ArgumentParser
import Foundation
import RuleEngine

/// Where `-o PATH` writes, and the writing itself.
///
/// A regular file (new, or reached through symbolic links) is replaced
/// atomically: written beside it and renamed over it, so that a reader never
/// sees half a file. Anything else — standard output (`-`), a device such as
/// `/dev/null`, a named pipe, `/dev/stdout` and the other paths under `/dev`
/// and `/proc` — is written through, never replaced by a file.
enum OutputTarget {
  /// How a path is written.
  enum Destination: Equatable {
    /// The process's standard output.
    case standardOutput
    /// A device, pipe or socket: opened and written through.
    case stream(String)
    /// A regular file (the symbolic link's final target): replaced atomically.
    case file(String)
  }

  /// Writes `data` to `path` (`nil` or `-`: standard output).
  static func write(_ data: Data, to path: String?) throws {
    switch try destination(of: path) {
    case .standardOutput:
      FileHandle.standardOutput.write(data)
    case .stream(let stream):
      try writeThrough(data, to: stream, shown: path ?? stream)
    case .file(let file):
      do {
        try data.write(to: URL(fileURLWithPath: file), options: .atomic)
      } catch {
        throw failure(path ?? file, reason: error.localizedDescription)
      }
    }
  }

  /// Writes what `body` writes to `path` (`nil` or `-`: standard output),
  /// in chunks as it goes; a regular file is still replaced only once all
  /// of it is written (`ReplacementFile`), and left as it was on an error.
  static func stream(
    to path: String?, _ body: (inout ReportOutput) throws -> Void
  ) throws {
    switch try destination(of: path) {
    case .standardOutput:
      try stream(into: .standardOutput(), body)
    case .stream(let stream):
      let output = try OutputDescriptor.stream(stream, shown: path ?? stream)
      defer { output.close() }
      try self.stream(into: output, body)
    case .file(let file):
      let replacement = try ReplacementFile.create(replacing: file, shown: path ?? file)
      do {
        try stream(into: replacement.output, body)
      } catch {
        replacement.discard()
        throw error
      }
      try replacement.commit()
    }
  }

  private static func stream(
    into descriptor: OutputDescriptor, _ body: (inout ReportOutput) throws -> Void
  ) throws {
    var output = ReportOutput { try descriptor.write($0) }
    try body(&output)
    try output.finish()
  }

  /// How `path` is to be written.
  static func destination(of path: String?) throws -> Destination {
    guard let path, path != "-" else { return .standardOutput }
    if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return .stream(path) }
    let target = try finalTarget(of: path)
    if target.hasPrefix("/dev/") || target.hasPrefix("/proc/") { return .stream(target) }
    var status = stat()
    guard stat(target, &status) == 0 else {
      guard errno == ENOENT else { throw failure(path, reason: String(cString: strerror(errno))) }
      return .file(target)
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .file(target)
    case S_IFDIR: throw failure(path, reason: "it is a directory")
    default: return .stream(target)
    }
  }

  /// The path a chain of symbolic links ends at (the path itself when it
  /// is no link); a dangling link ends at the file it names.
  private static func finalTarget(of path: String) throws -> String {
    var current = path
    for _ in 0..<40 {
      var status = stat()
      guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else {
        return current
      }
      guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
        throw failure(path, reason: "cannot read the symbolic link")
      }
      // A relative link is relative to the link's folder (none: the working one).
      let folder = (current as NSString).deletingLastPathComponent
      current = link.hasPrefix("/") || folder.isEmpty ? link : folder + "/" + link
    }
    throw failure(path, reason: "too many levels of symbolic links")
  }

  /// Opens a device, pipe or socket and writes all of `data` to it.
  private static func writeThrough(_ data: Data, to path: String, shown: String) throws {
    let output = try OutputDescriptor.stream(path, shown: shown)
    defer { output.close() }
    try output.write([UInt8](data))
  }

  private static func failure(_ path: String, reason: String) -> ValidationError {
    OutputDescriptor.failure(path, reason: reason)
  }
}
