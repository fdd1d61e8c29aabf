import RuleParser

/// The bytes a report made of strings of the plan (a title escaped for
/// Markdown, a body's name looked up and escaped), kept by the string they
/// were made of: a report of a million findings writes the same titles,
/// clauses and names again and again, and making them again (hashing a
/// long quote, looking a body up by its id) cost more than writing them.
///
/// A string is known by its identity (`ByStringIdentity`), so finding the
/// bytes hashes two words, never the text. Each writing side keeps its own
/// (`TwoCoreWriting`): the two share no mutable memory.
struct MadeBytes {
  /// The bytes made of each string.
  private var made = ByStringIdentity<[UInt8]>()

  /// Writes the bytes made of `text`: those made before, or else those
  /// `make` writes now, kept for `text`.
  mutating func write(
    madeOf text: String, into output: inout ReportOutput, _ make: (inout ReportOutput) -> Void
  ) {
    if writeKnown(text, into: &output) { return }
    var made = ReportOutput()
    make(&made)
    write(made.bytes, madeOf: text, into: &output)
  }

  /// Writes the bytes made of `text` before, if any; returns whether it
  /// did.
  mutating func writeKnown(_ text: String, into output: inout ReportOutput) -> Bool {
    guard let known = made.value(for: text) else { return false }
    output.write(contentsOf: known)
    return true
  }

  /// Writes `bytes`, made of `text`, and keeps them for `text`.
  mutating func write(_ bytes: [UInt8], madeOf text: String, into output: inout ReportOutput) {
    output.write(contentsOf: bytes)
    made.keep(bytes, for: text)
  }
}

/// A string known by where its UTF-8 bytes are stored, or, for a short
/// string (which Swift keeps inside the value itself), by the bytes.
///
/// Two strings with the same identity have the same text while both live:
/// a string's stored bytes never change (a change copies them first unless
/// nothing else holds them), and the memory is not used again while
/// something holds the string. Two strings with the same text may still
/// differ in identity (copies made apart); that costs a second making,
/// never a wrong text.
struct StringIdentity: Hashable {
  /// The address of the bytes, or the first eight bytes of a short string.
  private let first: UInt64
  /// The length with a flag that tells the two kinds apart, or the other
  /// bytes of a short string and its length.
  private let second: UInt64

  /// The identity of `text`, or `nil` for text not stored as contiguous
  /// UTF-8 (none of Swift's own strings on Linux).
  init?(_ text: String) {
    let count = text.utf8.count
    let found: (UInt64, UInt64)? = text.utf8.withContiguousStorageIfAvailable { utf8 in
      guard count > 15 else {
        // Up to 15 bytes and the length in the last: no stored string
        // is this short, so the top bit (set for an address) stays clear.
        var words: (UInt64, UInt64) = (0, UInt64(count) << 56)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
        return words
      }
      return (UInt64(UInt(bitPattern: utf8.baseAddress)), 1 << 63 | UInt64(count))
    }
    guard let found else { return nil }
    (first, second) = found
  }
}
