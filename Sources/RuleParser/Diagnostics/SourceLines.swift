import Foundation

/// Reads and caches the lines of source files, for showing a diagnostic's line.
public final class SourceLines: @unchecked Sendable {
  private var files: [String: [Substring]] = [:]
  private let lock = NSLock()

  /// Creates an empty cache.
  public init() {}

  /// Makes a text known under a path (for standard input, or tests).
  public func register(_ text: String, for path: String) {
    lock.withLock { files[path] = Self.split(text) }
  }

  /// The 1-based line of a file without its line break, or `nil`.
  public func line(_ number: Int, of path: String) -> Substring? {
    lock.withLock {
      if files[path] == nil {
        // A file over the input limit, or not a regular file, shows no line.
        if case .bytes(let bytes) = InputFile.read(path),
          let text = String(validating: bytes, as: UTF8.self)
        {
          files[path] = Self.split(text)
        } else {
          files[path] = []
        }
      }
      guard let lines = files[path], number >= 1, number <= lines.count else { return nil }
      return lines[number - 1]
    }
  }

  private static func split(_ text: String) -> [Substring] {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let utf8 = text.utf8
    var lines: [Substring] = []
    var start = utf8.startIndex
    while let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
      lines.append(line(text, start, end))
      start = utf8.index(after: end)
    }
    lines.append(line(text, start, utf8.endIndex))
    return lines
  }

  private static func line(_ text: String, _ start: String.Index, _ end: String.Index) -> Substring
  {
    let line = text[start..<end]
    return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
  }
}
