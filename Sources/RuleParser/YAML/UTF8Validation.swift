/// The result of checking that a file's bytes are UTF-8, before libyaml
/// sees them (libyaml would report a bad byte without a line and column).
enum UTF8Validation: Equatable {
  /// Every byte is part of a well-formed UTF-8 sequence.
  case valid(isASCII: Bool)
  /// The sequence starting at this byte offset is the first ill-formed one.
  case invalid(offset: Int)

  /// The size from which a file is checked in two halves side by side:
  /// a large file's check would otherwise keep one core busy alone before
  /// libyaml starts.
  static let halvesFrom = 1 << 20

  /// Checks `bytes` as UTF-8 (RFC 3629: no overlong forms, no surrogates,
  /// nothing above U+10FFFF).
  init(_ bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { buffer in
      buffer.count < UTF8Validation.halvesFrom
        ? UTF8Validation.check(buffer) : UTF8Validation.checkInHalves(buffer)
    }
  }

  /// The check of `check(_:)`, with the second half on another core.
  ///
  /// The halves meet at a byte that is not a continuation byte (10xxxxxx),
  /// so no well-formed sequence spans them, and a sequence cut there is
  /// ill-formed at its lead byte in the first half as it is in the whole:
  /// the result, and the first ill-formed offset, are those of one pass.
  private static func checkInHalves(_ buffer: UnsafeBufferPointer<UInt8>) -> UTF8Validation {
    var middle = buffer.count / 2
    while middle < buffer.count, buffer[middle] & 0xC0 == 0x80 { middle += 1 }
    let front = UnsafeBufferPointer(rebasing: buffer[..<middle])
    let back = UnsafeBufferPointer(rebasing: buffer[middle...])
    let (first, second) = SecondCore.run({ check(front) }, beside: { check(back) })
    switch (first, second) {
    case (.invalid, _): return first
    case (.valid, .invalid(let offset)): return .invalid(offset: middle + offset)
    case (.valid(let frontASCII), .valid(let backASCII)):
      return .valid(isASCII: frontASCII && backASCII)
    }
  }

  private static func check(_ buffer: UnsafeBufferPointer<UInt8>) -> UTF8Validation {
    var index = 0
    var isASCII = true
    let count = buffer.count
    let words = UnsafeRawBufferPointer(buffer)
    while index < count {
      // Eight ASCII bytes at a time: indentation, keys and ids.
      if index + 8 <= count,
        words.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
        continue
      }
      let lead = buffer[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      isASCII = false
      // The common three-byte form (most Chinese): a lead byte whose second
      // byte may be any continuation byte, followed by two of them.
      if lead & 0xF0 == 0xE0, lead != 0xE0, lead != 0xED, index + 2 < count,
        buffer[index + 1] & 0xC0 == 0x80, buffer[index + 2] & 0xC0 == 0x80
      {
        index += 3
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xED:
        length = 3
        high = 0x9F
      case 0xE1...0xEF: length = 3
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF4:
        length = 4
        high = 0x8F
      case 0xF1...0xF3: length = 4
      default: return .invalid(offset: index)
      }
      for position in 1..<length {
        let next = index + position
        guard next < count else { return .invalid(offset: index) }
        let byte = buffer[next]
        let (min, max) = position == 1 ? (low, high) : (0x80, 0xBF)
        guard byte >= min, byte <= max else { return .invalid(offset: index) }
      }
      index += length
    }
    return .valid(isASCII: isASCII)
  }
}
