/// Reads plain JSON straight into the `YAMLNode` tree libyaml and the
/// composer would give for it, several times faster: the path of large
/// snapshots (a million entries).
///
/// It accepts only the part of JSON whose YAML reading is obvious: an object
/// at the root; strings without escapes, control or line-break characters
/// and not over 1,000 bytes; numbers, `true`, `false` and `null`; spaces and
/// LF between tokens; keys that are strings, unique in their object and on
/// the line of their colon. For anything else (a byte order mark, a tab, an
/// escape, a comment, a trailing comma, a duplicate key, YAML syntax,
/// invalid JSON) `read` returns `nil` and the caller loads the file with
/// libyaml, which reports what it must. The nodes and their locations
/// (line, column in Unicode scalars, byte offset) are the same as libyaml's:
/// a test compares the two on every snapshot fixture.
///
/// With a `MemberStream`, the members of one object under the root are handed
/// over as they are read instead of kept in the tree: a million-entry
/// snapshot is never a tree in memory.
struct JSONNodeReader {
  /// The input, borrowed for the duration of `read`.
  ///
  /// A raw buffer rather than the array: the scan touches every byte, and
  /// the buffer never outlives the `withUnsafeBufferPointer` call of `read`.
  let bytes: UnsafeBufferPointer<UInt8>
  private let fileNumber: UInt32
  /// Who receives the members of the root's object streamed, if any.
  let stream: (any MemberStream)?
  /// The tree the nodes go into.
  var builder = YAMLTreeBuilder()
  var index = 0
  var line = 1
  /// The 1-based column of `index`, counted in Unicode scalars.
  var column = 1

  /// The deepest nesting read here; deeper input goes to libyaml.
  private static let maxDepth = 32
  /// The furthest a key's colon may be from the key's start, in bytes:
  /// libyaml does not take a key as a key past 1,024 characters.
  private static let maxKeyBytes = 1_000

  private init(bytes: UnsafeBufferPointer<UInt8>, file: String, stream: (any MemberStream)?) {
    self.bytes = bytes
    self.stream = stream
    fileNumber = SourceLocation.fileNumber(of: file)
  }

  /// The root node of `bytes` (valid UTF-8), or `nil` when the text is not
  /// plain JSON as described above.
  ///
  /// With `stream`, the value of the root's key `stream.key`, when it is an
  /// object, stands in the tree empty (with its range) and its members go to
  /// `stream.receive` one by one; after `nil`, the members it received are
  /// the stream's to drop.
  static func read(_ bytes: [UInt8], file: String, stream: (any MemberStream)? = nil) -> YAMLNode? {
    guard
      bytes.first == UInt8(ascii: "{") || bytes.first == UInt8(ascii: " ")
        || bytes.first == UInt8(ascii: "\n")
    else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
      var reader = JSONNodeReader(bytes: buffer, file: file, stream: stream)
      reader.skipSpace()
      guard reader.peek == UInt8(ascii: "{"), let root = reader.value(depth: 0) else {
        return nil
      }
      reader.skipSpace()
      guard reader.index == buffer.count else { return nil }
      return YAMLNode(tree: reader.builder.finish(), index: root)
    }
  }

  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// Where the reader stands.
  ///
  /// Always inlined, as `skipSpace()`: a snapshot's entry has some eight
  /// locations and ten stretches of space (nearly all empty), and the call
  /// to each cost more than its work.
  var location: SourceLocation {
    @inline(__always) get {
      SourceLocation(fileNumber: fileNumber, line: line, column: column, offset: index)
    }
  }

  /// Moves past spaces and line feeds.
  @inline(__always) mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "):
        column += 1
      case UInt8(ascii: "\n"):
        line += 1
        column = 1
      default:
        return
      }
      index += 1
    }
  }

  /// The next value, added to `builder`: its index there.
  mutating func value(depth: Int) -> UInt32? {
    guard depth < Self.maxDepth, let byte = peek else { return nil }
    switch byte {
    case UInt8(ascii: "{"): return object(depth: depth)
    case UInt8(ascii: "["): return array(depth: depth)
    case UInt8(ascii: "\""): return string()
    default: return plain()
    }
  }

  private mutating func object(depth: Int) -> UInt32? {
    let start = location
    advance()
    let mark = builder.pending.count
    var count = 0
    skipSpace()
    if peek == UInt8(ascii: "}") {
      advance()
      return builder.collection(
        .mapping, childrenFrom: mark, tag: nil, range: SourceRange(start: start, end: location))
    }
    while true {
      guard let key = scannedKey() else { return nil }
      let streamed =
        depth == 0 && peek == UInt8(ascii: "{")
        && stream.map { YAMLKeyBytes.equal(key.bytes, $0.key) } == true
      guard let value = streamed ? streamedObject() : value(depth: depth + 1) else { return nil }
      // Duplicates are libyaml's and the composer's to report; a large
      // object's keys are checked once it is complete.
      if count < Self.linearScanLimit, isEarlierKey(key.bytes, of: count, from: mark) {
        return nil
      }
      builder.push(builder.scalar(key.bytes, style: .doubleQuoted, tag: nil, range: key.range))
      builder.push(value)
      count += 1
      skipSpace()
      switch peek {
      case UInt8(ascii: ","):
        advance()
      case UInt8(ascii: "}"):
        advance()
        guard count <= Self.linearScanLimit || keysAreUnique(count, from: mark) else { return nil }
        return builder.collection(
          .mapping, childrenFrom: mark, tag: nil, range: SourceRange(start: start, end: location))
      default:
        return nil
      }
    }
  }

  /// Whether one of the `count` keys on the builder's stack from `mark`
  /// on is `key`.
  private func isEarlierKey(_ key: UnsafeBufferPointer<UInt8>, of count: Int, from mark: Int)
    -> Bool
  {
    (0..<count).contains { position in
      let other = builder.node(builder.pending[mark + 2 * position])
      return builder.withBytes(of: other) { YAMLKeyBytes.same($0, key) }
    }
  }

  /// A key, its colon on its line, and the space after, read in place.
  mutating func scannedKey() -> FlatScalar? {
    skipSpace()
    let keyLine = line
    guard peek == UInt8(ascii: "\""), let key = scannedString() else { return nil }
    skipSpace()
    guard peek == UInt8(ascii: ":"), line == keyLine,
      index - key.range.start.offset <= Self.maxKeyBytes
    else { return nil }
    advance()
    skipSpace()
    return key
  }

  private mutating func array(depth: Int) -> UInt32? {
    let start = location
    advance()
    let mark = builder.pending.count
    skipSpace()
    if peek == UInt8(ascii: "]") {
      advance()
      return builder.collection(
        .sequence, childrenFrom: mark, tag: nil, range: SourceRange(start: start, end: location))
    }
    while true {
      skipSpace()
      guard let item = value(depth: depth + 1) else { return nil }
      builder.push(item)
      skipSpace()
      switch peek {
      case UInt8(ascii: ","):
        advance()
      case UInt8(ascii: "]"):
        advance()
        return builder.collection(
          .sequence, childrenFrom: mark, tag: nil, range: SourceRange(start: start, end: location))
      default:
        return nil
      }
    }
  }

  /// A string without escapes: its bytes are its text.
  mutating func string() -> UInt32? {
    scannedString().map { added($0) }
  }

  /// A number, `true`, `false` or `null`: a plain scalar.
  mutating func plain() -> UInt32? {
    scannedPlain().map { added($0) }
  }

  /// A scalar read in place, added to the builder.
  private mutating func added(_ scalar: FlatScalar) -> UInt32 {
    builder.scalar(scalar.bytes, style: scalar.style, tag: nil, range: scalar.range)
  }

  /// A string without escapes, read in place.
  mutating func scannedString() -> FlatScalar? {
    let start = location
    advance()
    let first = index
    index += Self.plainASCIIPrefix(of: bytes, from: index)
    var columns = index - first
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") { break }
      guard Self.isPlainTextByte(at: index, in: bytes) else { return nil }
      if byte & 0xC0 != 0x80 { columns += 1 }
      index += 1
    }
    guard index < bytes.count else { return nil }
    let text = UnsafeBufferPointer(rebasing: bytes[first..<index])
    column += columns
    advance()
    return FlatScalar(
      bytes: text, style: .doubleQuoted, range: SourceRange(start: start, end: location))
  }

  /// A number, `true`, `false` or `null`, read in place.
  mutating func scannedPlain() -> FlatScalar? {
    let start = location
    let first = index
    while let byte = peek, Self.isNumberOrWordByte(byte) { advance() }
    guard index > first else { return nil }
    let token = UnsafeBufferPointer(rebasing: bytes[first..<index])
    guard Self.isLiteral(token) || Self.isNumber(token) else { return nil }
    return FlatScalar(bytes: token, style: .plain, range: SourceRange(start: start, end: location))
  }

  /// Moves past one ASCII byte.
  mutating func advance() {
    index += 1
    column += 1
  }

  /// How many bytes from `offset` on are printable ASCII but `"` and `\`
  /// (each one column), found eight at a time: a snapshot's ids and values
  /// are nearly all such text, and the byte-by-byte test below costs
  /// several times more.
  ///
  /// Each test below flags a byte exactly when it is the lowest flagged
  /// byte of the word (the bit tricks' false flags come only above a true
  /// one), so the lowest flag of all of them is the first byte to stop at.
  private static func plainASCIIPrefix(of bytes: UnsafeBufferPointer<UInt8>, from offset: Int)
    -> Int
  {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
    var index = offset
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let stops =
        (word & highs) | ((word &- ones &* 0x20) & ~word & highs) | zeros(word ^ (ones &* 0x22))
        | zeros(word ^ (ones &* 0x5C)) | zeros(word ^ (ones &* 0x7F))
      guard stops == 0 else { return index - offset + stops.trailingZeroBitCount / 8 }
      index += 8
    }
    return index - offset
  }

  /// Whether the byte at `offset` may stand in a string read here: printable
  /// ASCII but `\`, and any character libyaml reads as itself in a
  /// double-quoted scalar (not NEL, the line and paragraph separators, the
  /// byte order mark, U+FFFE and U+FFFF, C1 controls).
  private static func isPlainTextByte(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool
  {
    let byte = bytes[offset]
    switch byte {
    case 0x20...0x7E: return byte != UInt8(ascii: "\\")
    case 0x80...0xBF: return true  // a continuation byte, checked with its lead
    case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] >= 0xA0
    case 0xE2:
      // U+2028 and U+2029 break lines in YAML.
      return
        !(offset + 2 < bytes.count && bytes[offset + 1] == 0x80
        && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9))
    case 0xEF:
      guard offset + 2 < bytes.count else { return false }
      let (second, third) = (bytes[offset + 1], bytes[offset + 2])
      return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && third >= 0xBE)
    case 0xC3...0xF4: return true
    default: return false
    }
  }

  /// Objects with at most this many pairs find duplicate keys as they are
  /// read, by a linear scan.
  private static let linearScanLimit = 12

  /// Whether the `count` (string) keys on the builder's stack from `mark`
  /// on are all different.
  private func keysAreUnique(_ count: Int, from mark: Int) -> Bool {
    var positions = YAMLKeyPositions(keys: count)
    let builder = builder
    func key(_ position: Int) -> UInt32 { builder.pending[mark + 2 * position] }
    return (0..<count).allSatisfy { position in
      positions.insert(key: key(position), at: position, builder, keyAt: key) == nil
    }
  }

  private static func isNumberOrWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "E"):
      return true
    default:
      return false
    }
  }

  private static func isLiteral(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    token.elementsEqual("true".utf8) || token.elementsEqual("false".utf8)
      || token.elementsEqual("null".utf8)
  }

  /// Whether a token is a JSON number: `-`? digits (no leading zero), an
  /// optional fraction and exponent.
  private static func isNumber(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    var position = 0
    func digits() -> Int {
      let first = position
      while position < token.count,
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(token[position])
      {
        position += 1
      }
      return position - first
    }
    if position < token.count, token[position] == UInt8(ascii: "-") { position += 1 }
    let integerStart = position
    let integerDigits = digits()
    guard integerDigits > 0, integerDigits == 1 || token[integerStart] != UInt8(ascii: "0") else {
      return false
    }
    if position < token.count, token[position] == UInt8(ascii: ".") {
      position += 1
      guard digits() > 0 else { return false }
    }
    if position < token.count,
      token[position] == UInt8(ascii: "e") || token[position] == UInt8(ascii: "E")
    {
      position += 1
      if position < token.count,
        token[position] == UInt8(ascii: "+") || token[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      guard digits() > 0 else { return false }
    }
    return position == token.count
  }
}
