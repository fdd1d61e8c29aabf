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
        let text = FileManager.default.contents(atPath: path).flatMap {
          String(data: $0, encoding: .utf8)
        }
        files[path] = text.map(Self.split) ?? []
      }
      guard let lines = files[path], number >= 1, number <= lines.count else { return nil }
      return lines[number - 1]
    }
  }

  private static func split(_ text: String) -> [Substring] {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? line.dropLast() : line
    }
  }
}
