import ArgumentParser
import Foundation
import RuleParser

/// An open file descriptor that output is written to, chunk by chunk.
///
/// The C calls (`open`, `write`, `close`, `rename`, `unlink`) are kept in
/// this file: `Data.write(to:options: .atomic)` needs the whole output in
/// memory, which a report of a million findings should not be, so streamed
/// output writes its chunks to a descriptor itself.
struct OutputDescriptor {
  /// The descriptor.
  let descriptor: Int32
  /// The path as messages show it.
  let shown: String

  /// The process's standard output.
  static func standardOutput() -> OutputDescriptor {
    OutputDescriptor(descriptor: STDOUT_FILENO, shown: "-")
  }

  /// Opens a device, pipe or socket for writing.
  static func stream(_ path: String, shown: String) throws -> OutputDescriptor {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_NOCTTY)
    guard descriptor >= 0 else { throw failure(shown) }
    return OutputDescriptor(descriptor: descriptor, shown: shown)
  }

  /// Writes all of `bytes`.
  func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBufferPointer(write)
  }

  /// Writes all of the bytes `buffer` points to (a chunk of a report,
  /// read in place).
  func write(_ buffer: UnsafeBufferPointer<UInt8>) throws {
    guard let base = buffer.baseAddress else { return }
    var written = 0
    while written < buffer.count {
      let count = systemWrite(descriptor, base + written, buffer.count - written)
      if count < 0 {
        if errno == EINTR { continue }
        throw Self.failure(shown)
      }
      written += count
    }
  }

  /// Closes the descriptor (not standard output's).
  func close() {
    if descriptor != STDOUT_FILENO { systemClose(descriptor) }
  }

  /// The error of a failed call, with the system's reason.
  static func failure(_ path: String, reason: String? = nil) -> ValidationError {
    let reason = reason ?? String(cString: strerror(errno))
    return ValidationError("cannot write '\(PrintableText.escaping(path))': \(reason)")
  }
}

/// The C library's `write` and `close`, which `OutputDescriptor`'s own
/// methods of those names hide inside it.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

private func systemClose(_ descriptor: Int32) {
  _ = close(descriptor)
}

/// A regular file written in full beside the file it replaces, then renamed
/// over it, so that a reader never sees half a report: on any error the new
/// file is removed and the old one is left as it was.
struct ReplacementFile {
  /// The file to replace (or create).
  let target: String
  /// The new file beside it, until `commit()` renames it.
  let temporary: String
  /// The new file, open for writing.
  let output: OutputDescriptor

  /// Creates the new file in `target`'s folder, readable and writable as
  /// the process's umask allows (as `Data.write(to:options: .atomic)` makes
  /// files).
  static func create(replacing target: String, shown: String) throws -> ReplacementFile {
    let url = URL(fileURLWithPath: target)
    let folder = url.deletingLastPathComponent().path
    for _ in 0..<100 {
      let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
      let temporary = folder + "/." + url.lastPathComponent + ".rulec-" + suffix
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 {
        return ReplacementFile(
          target: target, temporary: temporary,
          output: OutputDescriptor(descriptor: descriptor, shown: shown))
      }
      guard errno == EEXIST else { throw OutputDescriptor.failure(shown) }
    }
    throw OutputDescriptor.failure(shown, reason: "cannot make a temporary file beside it")
  }

  /// Closes the new file and renames it over the target.
  func commit() throws {
    output.close()
    guard rename(temporary, target) == 0 else {
      let error = OutputDescriptor.failure(output.shown)
      unlink(temporary)
      throw error
    }
  }

  /// Closes and removes the new file.
  func discard() {
    output.close()
    unlink(temporary)
  }
}
