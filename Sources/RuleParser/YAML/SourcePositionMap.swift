/// Turns libyaml's positions into `SourceLocation`s of one file.
///
/// libyaml counts its mark index in characters after the byte order mark,
/// while a `SourceLocation` also keeps the byte offset; the map walks a
/// cursor through the UTF-8 bytes to convert one into the other. Events come
/// in source order, so the cursor moves forward by small steps and a whole
/// file costs one pass. Pure ASCII files skip the walk.
struct SourcePositionMap {
  /// The file name every location carries.
  let file: String
  /// Its number in the table of file names.
  private let fileNumber: UInt32
  private let bytes: [UInt8]
  private let bomLength: Int
  private let isASCII: Bool
  private var cursorCharacter = 0
  private var cursorByte: Int

  /// Creates a map over valid UTF-8 `bytes`; `isASCII` says no byte is
  /// above 0x7F, which makes offsets a plain sum.
  init(bytes: [UInt8], file: String, isASCII: Bool) {
    self.file = file
    fileNumber = SourceLocation.fileNumber(of: file)
    self.bytes = bytes
    self.isASCII = isASCII
    bomLength = bytes.starts(with: SourcePositionMap.byteOrderMark) ? 3 : 0
    cursorByte = bomLength
  }

  /// Places the cursor at a character whose byte offset is known, so that
  /// a reader of the file's second half starts there instead of walking
  /// the first.
  mutating func moveCursor(toCharacter character: Int, byte: Int) {
    cursorCharacter = character
    cursorByte = byte
  }

  /// The UTF-8 byte order mark, which libyaml skips without counting.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The location of a libyaml mark (0-based line, column and character index).
  mutating func location(line: Int, column: Int, index: Int) -> SourceLocation {
    SourceLocation(
      fileNumber: fileNumber, line: line + 1, column: column + 1,
      offset: byteOffset(ofCharacter: index))
  }

  /// The location of a libyaml mark whose byte offset the caller knows
  /// (the end of a one-line plain scalar: see `YAMLEventReader`); the
  /// cursor moves there without walking.
  mutating func location(line: Int, column: Int, index: Int, offset: Int) -> SourceLocation {
    assert(offset == walkedOffset(ofCharacter: index), "the offset of character \(index)")
    if !isASCII { moveCursor(toCharacter: index, byte: offset) }
    return SourceLocation(
      fileNumber: fileNumber, line: line + 1, column: column + 1, offset: offset)
  }

  /// The byte offset `byteOffset(ofCharacter:)` walks to, for checking
  /// an offset found another way.
  private func walkedOffset(ofCharacter index: Int) -> Int {
    var copy = self
    return copy.byteOffset(ofCharacter: index)
  }

  /// The byte offset of the character with this 0-based index (after the BOM).
  mutating func byteOffset(ofCharacter index: Int) -> Int {
    if isASCII { return min(bomLength + index, bytes.count) }
    // Where the last mark was: an event that takes no room (a block
    // collection's start and end) has its end mark at its start mark.
    if index == cursorCharacter { return cursorByte }
    var character = cursorCharacter
    var byte = cursorByte
    let floor = bomLength
    bytes.withUnsafeBytes { buffer in
      let count = buffer.count
      while character < index, byte < count {
        // Eight bytes at a time: each byte that is not a continuation byte
        // (10xxxxxx) starts a character. When the word starts no more
        // characters than are left to pass, it is passed whole (a sequence
        // cut at its eighth byte is counted there, and its rest skipped);
        // else the target is the lead byte after the ones still to pass,
        // found by clearing that many of the lowest lead bits.
        if byte + 8 <= count {
          let word = UInt64(
            littleEndian: buffer.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
          let leads = ~(word & ~(word << 1)) & 0x8080_8080_8080_8080
          let left = index - character
          // The number of lead bytes, by one multiplication: the build
          // targets processors without a population count instruction.
          let leadCount = Int(truncatingIfNeeded: ((leads >> 7) &* 0x0101_0101_0101_0101) >> 56)
          if leadCount <= left {
            byte += 8
            character += leadCount
            while byte < count, buffer[byte] & 0xC0 == 0x80 { byte += 1 }
          } else {
            var rest = leads
            for _ in 0..<left { rest &= rest - 1 }
            byte += rest.trailingZeroBitCount / 8
            character = index
          }
        } else {
          byte += SourcePositionMap.sequenceLength(lead: buffer[byte])
          character += 1
        }
      }
      while character > index, byte > floor {
        byte -= 1
        while byte > floor, buffer[byte] & 0xC0 == 0x80 { byte -= 1 }
        character -= 1
      }
    }
    cursorCharacter = character
    cursorByte = min(byte, bytes.count)
    return cursorByte
  }

  /// The location of a byte offset.
  ///
  /// Counts lines and columns as libyaml does (CR LF, CR, LF, NEL, LS and
  /// PS end a line; the BOM takes no column). Scans from the start: meant
  /// for the one error of a file.
  func location(ofByte offset: Int) -> SourceLocation {
    var line = 1
    var column = 1
    var byte = bomLength
    let end = min(offset, bytes.count)
    while byte < end {
      let lead = bytes[byte]
      let length = SourcePositionMap.sequenceLength(lead: lead)
      let isBreak: Bool
      switch lead {
      case 0x0A: isBreak = true
      case 0x0D: isBreak = !(byte + 1 < bytes.count && bytes[byte + 1] == 0x0A)
      case 0xC2: isBreak = byte + 1 < bytes.count && bytes[byte + 1] == 0x85
      case 0xE2:
        isBreak =
          byte + 2 < bytes.count && bytes[byte + 1] == 0x80
          && (bytes[byte + 2] == 0xA8 || bytes[byte + 2] == 0xA9)
      default: isBreak = false
      }
      if isBreak {
        line += 1
        column = 1
      } else if lead != 0x0D {
        column += 1
      }
      byte += length
    }
    return SourceLocation(fileNumber: fileNumber, line: line, column: column, offset: end)
  }

  /// The length of the UTF-8 sequence a lead byte starts (1 for a stray byte).
  static func sequenceLength(lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
