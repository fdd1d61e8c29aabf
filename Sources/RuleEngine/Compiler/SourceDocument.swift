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
  /// Where each pair of adjacent scalars of `compact` starts: a quote is
  /// looked for only where its first two scalars are.
  private let pairs: PairIndex

  /// The largest document read, in bytes (16 MiB unless the command line
  /// raised it: a plan is a few hundred kilobytes).
  public static var maxBytes: Int { InputLimits.current.documentBytes }

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
    pairs = PairIndex(compact)
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
  ///
  /// - Complexity: O(document + quote) (Knuth–Morris–Pratt).
  public func byteRanges(of quote: String) -> [Range<Int>] {
    let needle = Self.compacted(quote)
    guard !needle.isEmpty, needle.count <= compact.count else { return [] }
    return NeedleSearch(needle[...]).occurrences(in: compact, from: 0, first: false).map { start in
      let last = start + needle.count - 1
      return Int(offsets[start])..<(Int(offsets[last]) + UTF8.width(compact[last]))
    }
  }

  /// The shortest common piece of a quote and the document that counts as
  /// a real partial match, in scalars (a clause number or a date does not).
  static let minimumPassageMatch = 8

  /// The most scalars a closest passage shows.
  static let maximumPassageLength = 80

  /// The passage of the document that best matches a quote that does not occur.
  ///
  /// The longest piece the quote and the document share, widened to the
  /// quote's length (at most `maximumPassageLength` scalars).
  /// `nil` unless the piece is a real partial match: at least
  /// `minimumPassageMatch` scalars and a quarter of the quote, so that no
  /// arbitrary text of the document is ever shown.
  ///
  /// - Complexity: O(document + quote), with a suffix automaton of the quote.
  public func closestPassage(to quote: String) -> String? {
    let needle = Self.compacted(quote)
    let minimum = max(Self.minimumPassageMatch, (needle.count + 3) / 4)
    guard needle.count >= minimum,
      let common = SuffixAutomaton(needle).longestCommonPiece(with: compact),
      common.length >= minimum
    else { return nil }
    // Line the piece up with its place in the quote, as the quote would
    // stand in the document.
    let documentStart = common.documentEnd - common.length
    let piece = compact[documentStart..<common.documentEnd]
    let quoteStart = NeedleSearch(piece).occurrences(in: needle, from: 0, first: true).first ?? 0
    let from = max(0, documentStart - quoteStart)
    let to = min(compact.count, from + needle.count + 8)
    var passage = String.UnicodeScalarView()
    passage.append(contentsOf: compact[from..<min(to, from + Self.maximumPassageLength)])
    return String(passage)
  }

  /// The text without whitespace.
  ///
  /// Room for every scalar is made at once (a text has no more scalars than
  /// UTF-8 bytes) and each is put in place, not appended (a quote per
  /// obligation, a hundred thousand of them); scalars past U+3000, the last
  /// white space, such as every Chinese character, are kept untested.
  static func compacted(_ text: String) -> [Unicode.Scalar] {
    [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { scalars, count in
      count = 0
      for scalar in text.unicodeScalars
      where scalar.value > 0x3000 || !WhiteSpace.contains(scalar) {
        scalars.initializeElement(at: count, to: scalar)
        count += 1
      }
    }
  }

  /// The first position at or after `from` where `needle` occurs.
  ///
  /// Candidates come from the positions of the needle's first two scalars;
  /// once comparing them has cost as much as a linear scan would, the rest
  /// of the document is scanned with Knuth–Morris–Pratt instead.
  ///
  /// - Complexity: O(document + needle).
  private func firstIndex(of needle: ArraySlice<Unicode.Scalar>, from: Int = 0) -> Int? {
    guard let first = needle.first, needle.count <= compact.count else { return nil }
    guard needle.count >= 2 else {
      return compact[min(from, compact.count)...].firstIndex(of: first)
    }
    let second = needle[needle.startIndex + 1]
    let positions = pairs.candidates(first, second)
    var low = positions.startIndex
    var high = positions.endIndex
    while low < high {
      let middle = (low + high) / 2
      if Int(positions[middle]) < from { low = middle + 1 } else { high = middle }
    }
    let last = compact.count - needle.count
    var budget = 2 * compact.count + needle.count
    for position in positions[low...] {
      let index = Int(position)
      if index > last { return nil }
      // The group may hold other pairs.
      guard compact[index] == first, compact[index + 1] == second else { continue }
      var matched = 0
      while matched < needle.count,
        compact[index + matched] == needle[needle.startIndex + matched]
      {
        matched += 1
      }
      if matched == needle.count { return index }
      budget -= matched + 1
      if budget < 0 {
        return NeedleSearch(needle).occurrences(in: compact, from: index, first: true).first
      }
    }
    return nil
  }
}
