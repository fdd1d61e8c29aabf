/// Where a large YAML file may be cut in two for its halves to be parsed
/// side by side (`YAMLHalves`), and where that place is in libyaml's terms.
///
/// The cut is at the start of a line near the middle that starts with two
/// spaces and a letter or digit: in a plan written as one file, the next
/// entry of a section (`  f00.o50000:`). Whether the halves really meet
/// there is for `YAMLHalves` to confirm from what each half composes into.
struct YAMLSplitPoint: Equatable {
  /// The byte offset of the line the second half starts with.
  let byte: Int
  /// The lines before it, as libyaml counts them (0-based line of the cut).
  let lines: Int
  /// The characters before it, after the byte order mark, as libyaml
  /// counts them (its mark index at the cut).
  let characters: Int

  /// How far past the middle a line to cut at is looked for.
  static let searchLength = 1 << 16

  /// The place to cut `bytes` (valid UTF-8), or `nil` when there is no
  /// line to cut at (`lineToCut(_:)`) or it cannot be counted
  /// (`init(_:at:)`).
  init?(_ bytes: [UInt8]) {
    guard let byte = Self.lineToCut(bytes) else { return nil }
    self.init(bytes, at: byte)
  }

  /// The cut at `byte`, a line `lineToCut(_:)` found, counted as libyaml
  /// counts; `nil` when the first half has line breaks other than LF (CR,
  /// NEL, LS, PS): lines are counted by LF alone.
  ///
  /// Counting passes over the whole first half (11 M instructions at
  /// 100,000 instances), which is why `YAMLHalves` does it on the second
  /// half's thread, the only one that needs it before the join.
  init?(_ bytes: [UInt8], at byte: Int) {
    guard let (lines, characters) = Self.linesAndCharacters(bytes, before: byte) else {
      return nil
    }
    let bomLength = bytes.starts(with: SourcePositionMap.byteOrderMark) ? 1 : 0
    self.byte = byte
    self.lines = lines
    self.characters = characters - bomLength
  }

  /// Whether the first line that is neither blank nor a comment starts
  /// with `%`: directives come only before a file's first document.
  private static func startsWithDirective(_ bytes: [UInt8]) -> Bool {
    var lineStart = bytes.starts(with: SourcePositionMap.byteOrderMark) ? 3 : 0
    while lineStart < bytes.count {
      guard let first = bytes[lineStart...].firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else {
        return false
      }
      switch bytes[first] {
      case 0x0A, 0x0D, 0x23:
        guard let end = bytes[first...].firstIndex(of: 0x0A) else { return false }
        lineStart = end + 1
      default:
        return first == lineStart && bytes[first] == 0x25
      }
    }
    return false
  }

  /// The byte offset of the first line from the middle on that starts
  /// with two spaces and an ASCII letter or digit, within `searchLength`
  /// bytes; `nil` when there is none, when the file starts with a
  /// directive: a `%TAG` there would resolve the second half's tags, which
  /// that half does not see, or when the line before ends in CR LF: a file
  /// written so (as on Windows) cannot be counted (`init(_:at:)`), and is
  /// told here before the first half is composed for nothing.
  static func lineToCut(_ bytes: [UInt8]) -> Int? {
    guard !startsWithDirective(bytes) else { return nil }
    let end = min(bytes.count, bytes.count / 2 + searchLength)
    var index = bytes.count / 2
    while index + 3 < end {
      if bytes[index] == 0x0A, bytes[index + 1] == 0x20, bytes[index + 2] == 0x20,
        isLetterOrDigit(bytes[index + 3])
      {
        return index > 0 && bytes[index - 1] == 0x0D ? nil : index + 1
      }
      index += 1
    }
    return nil
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    default: false
    }
  }

  /// The LF line breaks and the characters before `end`.
  ///
  /// Characters are the bytes that are not UTF-8 continuation bytes;
  /// `nil` if a CR, NEL, LS or PS is among the bytes. Eight bytes at a
  /// time, the build's processors having no population count instruction.
  private static func linesAndCharacters(_ bytes: [UInt8], before end: Int)
    -> (lines: Int, characters: Int)?
  {
    bytes.withUnsafeBytes { buffer in
      var lines = 0
      var characters = 0
      var index = 0
      while index + 8 <= end {
        let word = UInt64(
          littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        if hasByte(0x0D, in: word) { return nil }
        if hasByte(0xC2, in: word) || hasByte(0xE2, in: word),
          hasOtherBreak(buffer, from: index, to: index + 8)
        {
          return nil
        }
        lines += count(zeroBytes(word ^ repeated(0x0A)))
        characters += count(~(word & ~(word << 1)) & repeated(0x80))
        index += 8
      }
      if buffer[index..<end].contains(0x0D) || hasOtherBreak(buffer, from: index, to: end) {
        return nil
      }
      lines += buffer[index..<end].count { $0 == 0x0A }
      characters += buffer[index..<end].count { $0 & 0xC0 != 0x80 }
      return (lines, characters)
    }
  }

  /// Whether a NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9) starts in
  /// `from..<to`.
  private static func hasOtherBreak(_ buffer: UnsafeRawBufferPointer, from: Int, to: Int) -> Bool {
    for index in from..<to {
      switch buffer[index] {
      case 0xC2 where index + 1 < buffer.count && buffer[index + 1] == 0x85: return true
      case 0xE2
      where index + 2 < buffer.count && buffer[index + 1] == 0x80
        && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9):
        return true
      default: continue
      }
    }
    return false
  }

  /// `byte` in each of a word's eight bytes.
  private static func repeated(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

  /// The high bit of each byte of `word` that is zero, and no other bit.
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    ~(((word & repeated(0x7F)) &+ repeated(0x7F)) | word) & repeated(0x80)
  }

  /// Whether one of the word's bytes is `byte`.
  private static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
    zeroBytes(word ^ repeated(byte)) != 0
  }

  /// How many high bits of bytes are set in `bits` (which has no others).
  private static func count(_ bits: UInt64) -> Int {
    Int(truncatingIfNeeded: ((bits >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }
}
