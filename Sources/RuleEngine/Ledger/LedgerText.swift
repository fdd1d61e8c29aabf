/// The bytes of a ledger file as text: UTF-8, with a byte order mark
/// (which Excel writes) skipped.
enum LedgerText {
  /// The text and the byte offset it starts at, or the offset of the first
  /// byte that is not UTF-8.
  static func decode(_ bytes: [UInt8]) -> Result<(text: String, start: Int), InvalidByte> {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = bytes[start...]
    if let text = String(validating: body, as: UTF8.self) {
      return .success((text, start))
    }
    return .failure(InvalidByte(offset: start + validPrefixLength(body)))
  }

  /// The offset of a byte that is not part of valid UTF-8.
  struct InvalidByte: Error, Equatable {
    /// The 0-based byte offset in the file.
    var offset: Int
  }

  /// The 1-based line on which byte `offset` lies.
  static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
    bytes.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  private static func validPrefixLength(_ bytes: ArraySlice<UInt8>) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var length = 0
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      length += UTF8.width(scalar)
    }
    return length
  }
}
