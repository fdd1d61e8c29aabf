import ArgumentParser
import Foundation
import RuleParser

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
      current =
        link.hasPrefix("/")
        ? link : (current as NSString).deletingLastPathComponent + "/" + link
    }
    throw failure(path, reason: "too many levels of symbolic links")
  }

  /// Opens a device, pipe or socket and writes all of `data` to it.
  private static func writeThrough(_ data: Data, to path: String, shown: String) throws {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_NOCTTY)
    guard descriptor >= 0 else { throw failure(shown, reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var written = 0
    while written < data.count {
      let count = data.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return systemWrite(descriptor, base + written, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(shown, reason: String(cString: strerror(errno)))
      }
      written += count
    }
  }

  /// The C library's `write`, which the static `write` above hides.
  private static func systemWrite(
    _ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int
  ) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
  }

  private static func failure(_ path: String, reason: String) -> ValidationError {
    ValidationError("cannot write '\(PrintableText.escaping(path))': \(reason)")
  }
}
