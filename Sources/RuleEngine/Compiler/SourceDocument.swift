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
  /// For each pair of adjacent scalars of `compact`, where it starts, in
  /// increasing order: a quote is looked for only where its first two
  /// scalars are.
  private let pairPositions: [UInt64: [Int32]]

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
      if WhiteSpace.contains(scalar) { continue }
      compact.append(scalar)
      lines.append(line)
      offsets.append(offset)
    }
    self.compact = compact
    self.lines = lines
    self.offsets = offsets
    var pairPositions: [UInt64: [Int32]] = [:]
    for position in compact.indices.dropLast() {
      let pair = Self.pair(compact[position], compact[position + 1])
      pairPositions[pair, default: []].append(Int32(position))
    }
    self.pairPositions = pairPositions
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
    text.unicodeScalars.filter { !WhiteSpace.contains($0) }
  }

  /// Two adjacent scalars as one key.
  private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }

  /// The first position at or after `from` where `needle` occurs.
  ///
  /// - Complexity: O(m) per occurrence of the needle's first two scalars
  ///   from `from` on, found by binary search in their position list.
  private func firstIndex(of needle: ArraySlice<Unicode.Scalar>, from: Int = 0) -> Int? {
    guard let first = needle.first, needle.count <= compact.count else { return nil }
    guard needle.count >= 2 else {
      return compact[min(from, compact.count)...].firstIndex(of: first)
    }
    let second = needle[needle.startIndex + 1]
    guard let positions = pairPositions[Self.pair(first, second)] else { return nil }
    var low = 0
    var high = positions.count
    while low < high {
      let middle = (low + high) / 2
      if Int(positions[middle]) < from { low = middle + 1 } else { high = middle }
    }
    let last = compact.count - needle.count
    for position in positions[low...] {
      let index = Int(position)
      if index > last { return nil }
      if compact[index..<(index + needle.count)].elementsEqual(needle) { return index }
    }
    return nil
  }
}
