import Foundation
import RuleParser

/// The plan's source document, indexed for quote look-ups that ignore
/// whitespace.
public struct SourceDocument: Sendable {
  /// The path as resolved (relative to the working directory).
  public let path: String
  /// The full text.
  public let text: String
  /// The text without whitespace, as Unicode scalars.
  private let compact: [Unicode.Scalar]
  /// For each scalar of `compact`, its 1-based line in `text`.
  private let lines: [Int32]
  /// For each scalar of `compact`, its UTF-8 byte offset in `text`.
  private let offsets: [Int32]

  /// Reads the document, or returns `nil` when it cannot be read as UTF-8.
  public init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    self.init(path: path, text: text)
  }

  /// Indexes a text.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
    var compact: [Unicode.Scalar] = []
    var lines: [Int32] = []
    var offsets: [Int32] = []
    var line: Int32 = 1
    var offset: Int32 = 0
    for scalar in text.unicodeScalars {
      defer { offset += Int32(UTF8.width(scalar)) }
      if scalar == "\n" { line += 1 }
      if scalar.properties.isWhitespace { continue }
      compact.append(scalar)
      lines.append(line)
      offsets.append(offset)
    }
    self.compact = compact
    self.lines = lines
    self.offsets = offsets
  }

  /// The 1-based line where `quote` starts in the document (whitespace
  /// ignored), or `nil` when it does not occur.
  public func line(of quote: String) -> Int? {
    let needle = Self.compacted(quote)
    guard !needle.isEmpty, let start = firstIndex(of: needle[...]) else { return nil }
    return Int(lines[start])
  }

  /// Every place where `quote` occurs, as UTF-8 byte ranges of the
  /// document (from its first to its last non-whitespace character).
  public func byteRanges(of quote: String) -> [Range<Int>] {
    let needle = Self.compacted(quote)
    guard !needle.isEmpty else { return [] }
    var ranges: [Range<Int>] = []
    var from = 0
    while let start = firstIndex(of: needle[...], from: from) {
      let last = start + needle.count - 1
      ranges.append(Int(offsets[start])..<(Int(offsets[last]) + UTF8.width(compact[last])))
      from = start + 1
    }
    return ranges
  }

  /// The passage of the document that best matches a quote that does not
  /// occur: the longest piece of the quote found, widened to the quote's length.
  public func closestPassage(to quote: String) -> String? {
    let needle = Self.compacted(quote)
    guard !needle.isEmpty else { return nil }
    var best: (quoteStart: Int, documentStart: Int, length: Int)?
    let minimum = min(4, needle.count)
    var start = 0
    while start < needle.count {
      var length = needle.count - start
      while length >= minimum {
        if let index = firstIndex(of: needle[start..<(start + length)]) {
          if length > (best?.length ?? 0) { best = (start, index, length) }
          break
        }
        length = length * 2 / 3
      }
      start += max(1, needle.count / 8)
    }
    guard let best else { return nil }
    let from = max(0, best.documentStart - best.quoteStart)
    let to = min(compact.count, from + needle.count + 8)
    var passage = String.UnicodeScalarView()
    passage.append(contentsOf: compact[from..<to])
    return String(passage)
  }

  /// The text without whitespace.
  static func compacted(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { !$0.properties.isWhitespace }
  }

  private func firstIndex(of needle: ArraySlice<Unicode.Scalar>, from: Int = 0) -> Int? {
    guard let first = needle.first, needle.count <= compact.count else { return nil }
    var index = from
    let last = compact.count - needle.count
    while index <= last {
      if compact[index] == first, compact[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }
}
