/// A 64-bit FNV-1a hash of text: stable across runs and platforms (unlike
/// `Hasher`), for deriving stamps and telling changed events from unchanged.
enum ContentHash {
  /// The hash of the UTF-8 bytes of `text`.
  static func of(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The hash as sixteen lowercase hexadecimal digits.
  static func hex(_ hash: UInt64) -> String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
