extension JSONNodeReader {
  /// The keys of a streamed member's flat object (`MemberStream.fieldKeys`),
  /// each packed into two words, so that a key read is told by comparing
  /// two words with each key's instead of its bytes one by one.
  ///
  /// A key is packed by its length and its bytes, the first in the lowest
  /// byte of `low`, the ninth in the lowest of `high`, the rest zero.
  struct FieldKeys {
    /// The longest key packed: two words' bytes.
    static let maxBytes = 16

    /// A key's bytes packed into two words.
    struct Packed: Equatable {
      fileprivate var low: UInt64 = 0
      fileprivate var high: UInt64 = 0
      fileprivate var count = 0

      /// Puts `byte` after the key's bytes (fewer than `maxBytes`).
      mutating func append(_ byte: UInt8) {
        let shifted = UInt64(byte) << UInt64((count & 7) * 8)
        if count < 8 { low |= shifted } else { high |= shifted }
        count += 1
      }
    }

    private let keys: [Packed]

    /// The keys packed; each must be a word of lowercase ASCII letters and
    /// `_` of at most `maxBytes` bytes, the only keys the reader takes flat.
    init(_ keys: [String]) {
      self.keys = keys.map { key in
        let bytes = Array(key.utf8)
        precondition(
          !bytes.isEmpty && bytes.count <= Self.maxBytes && bytes.allSatisfy(isFieldKeyByte),
          "a flat object's keys are lowercase words of at most 16 bytes")
        var packed = Packed()
        for byte in bytes { packed.append(byte) }
        return packed
      }
    }

    /// The position of the key whose text starts at `first` in `bytes`,
    /// and the offset of the `"` that ends it; `nil` when the text up to
    /// the next `"` is none of the keys.
    ///
    /// The text's sixteen bytes are read as two words and cut at the first
    /// `"` among them: reading the bytes one by one, each tested for a
    /// key's letters, cost some 200 instructions a key, and a million
    /// entries have two or three keys each. No test of the bytes is
    /// needed: a text that packs as a key is that key.
    func position(ofKeyAt first: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, end: Int)? {
      guard let packed = Self.packed(at: first, in: bytes),
        let position = keys.firstIndex(of: packed)
      else { return nil }
      return (position, first + packed.count)
    }

    /// The text from `first` up to the next `"`, packed; `nil` when no `"`
    /// ends it within `maxBytes`.
    private static func packed(at first: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Packed? {
      guard first + maxBytes <= bytes.count, let base = bytes.baseAddress else {
        // Near the end of the input: byte by byte.
        var packed = Packed()
        var end = first
        while end < bytes.count, end - first < maxBytes, bytes[end] != UInt8(ascii: "\"") {
          packed.append(bytes[end])
          end += 1
        }
        return end < bytes.count && bytes[end] == UInt8(ascii: "\"") ? packed : nil
      }
      let raw = UnsafeRawPointer(base)
      let low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: first, as: UInt64.self))
      let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: first + 8, as: UInt64.self))
      if let count = firstQuote(in: low) {
        return Packed(low: low & lowBytes(count), high: 0, count: count)
      }
      guard let count = firstQuote(in: high) else { return nil }
      return Packed(low: low, high: high & lowBytes(count), count: 8 + count)
    }

    /// The position of the first `"` among a word's eight bytes (the
    /// lowest first), if any.
    ///
    /// A byte is flagged when it is `"` and no lower byte is (the trick's
    /// false flags come only above a true one).
    private static func firstQuote(in word: UInt64) -> Int? {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
      let flags = (quotes &- ones) & ~quotes & (ones &* 0x80)
      return flags == 0 ? nil : flags.trailingZeroBitCount / 8
    }

    /// A mask of a word's lowest `count` bytes (`count` below 8).
    private static func lowBytes(_ count: Int) -> UInt64 {
      (1 << UInt64(count * 8)) &- 1
    }
  }

  /// Whether a byte may stand in a flat object's key: a lowercase ASCII
  /// letter or `_`.
  static func isFieldKeyByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_")
  }
}
