import Foundation

/// Serialises JSON values the way every rulec output does: keys sorted,
/// two-space indentation, `"key": value`, empty collections as `[]`/`{}`,
/// integral numbers without a fraction, non-ASCII text unescaped, and a
/// final newline — byte-identical for equal values.
public enum JSONText {
  /// Renders a value: an object's members in sorted key order.
  public static func render(_ value: some JSONRepresentable) -> String {
    var writer = Writer()
    value.jsonValue.write(into: &writer)
    return writer.finished()
  }
}

extension JSONText {
  /// Writes JSON text in rulec's layout straight into UTF-8 bytes, for
  /// outputs too large to build as a `JSONValue` first (the obligation
  /// graph of a million instances).
  ///
  /// The caller writes the keys of each object in sorted order and leaves
  /// out absent values; the writer does the layout: `beginObject()`, then
  /// `key(_:)` and a value per member, then `endObject()`; `beginArray()`,
  /// then `element()` and a value per element, then `endArray()`.
  public struct Writer {
    /// The text so far.
    var buffer: UTF8Buffer
    /// The text so far, as UTF-8 bytes.
    public var bytes: [UInt8] { buffer.array }
    /// How many bytes of text there are so far.
    public var count: Int { buffer.count }
    /// Whether the innermost open collection has a member yet.
    var hasMember = false
    /// How many collections are open: their members are indented by twice
    /// as many spaces.
    var depth = 0
    /// For each open collection around the innermost, whether it had a
    /// member when the next one was opened: the first 64 as bits (bit `n`
    /// for depth `n + 1`), deeper ones in `deeperHadMembers`.
    var outerHadMembers: UInt64 = 0
    /// Whether each collection opened below depth 64 had a member.
    var deeperHadMembers: [Bool] = []
    /// The file `string(_: SourceLocation)` named last: its number, and
    /// its name escaped.
    ///
    /// A report or a graph names a few files for thousands of locations,
    /// and each name was looked up in the table of file names and escaped
    /// again (~820 instructions a location, 20.5 M of `check --format json`
    /// at 100k instances). A number names one file for the whole process;
    /// `.max`, which the table never reaches, is none.
    private var lastFile: (number: UInt32, escaped: [UInt8]) = (.max, [])

    /// Creates an empty writer with room for about `capacity` bytes.
    public init(capacity: Int = 0) {
      buffer = UTF8Buffer(capacity: capacity)
    }

    /// The text with its final newline.
    public consuming func finished() -> String {
      buffer.append(UInt8(ascii: "\n"))
      return buffer.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 text with its final newline, without making a `String`.
    public consuming func finishedBytes() -> [UInt8] {
      buffer.append(UInt8(ascii: "\n"))
      return buffer.array
    }

    /// Hands the text so far to `body` and forgets it, for a document
    /// written out in chunks; the layout goes on where it stopped.
    public mutating func drain(_ body: ([UInt8]) -> Void) {
      body(buffer.array)
      buffer.removeAll()
    }

    /// Moves the text so far into `output` and forgets it, as `drain`
    /// does, without making an array of it: into an empty `output` without
    /// copying a byte (the two exchange their memory).
    public mutating func drain(into output: inout UTF8Buffer) {
      if output.count == 0 {
        swap(&output, &buffer)
      } else {
        buffer.withBytes { output.append(contentsOf: $0) }
      }
      buffer.removeAll()
    }

    /// Exchanges the writer's memory with `other`'s, neither holding a
    /// byte: a writer made for a run of text writes into memory kept for
    /// it (an output's), which `drain(into:)` then hands back without a
    /// copy.
    public mutating func exchangeMemory(with other: inout UTF8Buffer) {
      precondition(count == 0 && other.count == 0, "memory exchanged with bytes in it")
      swap(&buffer, &other)
    }

    /// An empty writer at this one's place in the layout, for members of
    /// the innermost collection written apart (on another core, into
    /// another buffer); `following` says whether members come before them.
    public func apart(following: Bool) -> Writer {
      var writer = Writer()
      writer.hasMember = following
      writer.depth = depth
      writer.outerHadMembers = outerHadMembers
      writer.deeperHadMembers = deeperHadMembers
      return writer
    }

    /// Takes note that the innermost collection has members written apart
    /// (`apart(following:)`): what follows them is laid out after a member.
    public mutating func wroteApart() { hasMember = true }

    /// Opens an object (`{`).
    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object (`}`, or `{}` when it has no member).
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array (`[`).
    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next member of the innermost object: its key, then `: `.
    public mutating func key(_ key: String) {
      element()
      string(key)
      buffer.append(atMost: 2) { target in
        target[0] = UInt8(ascii: ":")
        target[1] = UInt8(ascii: " ")
        return 2
      }
    }

    /// Starts the next member with a key that needs no escaping (a name of
    /// the schema, such as `due`): the comma, line break, indentation, key
    /// and `: ` written in one step.
    public mutating func field(_ key: StaticString) {
      field(UnsafeRawPointer(key.utf8Start), count: key.utf8CodeUnitCount)
    }

    /// Starts the next member with the `count` bytes at `key` as its key.
    @inline(__always)
    mutating func field(_ key: UnsafeRawPointer, count: Int) {
      let comma = hasMember
      hasMember = true
      let spaces = 2 * depth
      buffer.append(atMost: count + spaces + Self.lineStartRoom + 3) { target in
        var at = Self.lineStart(after: comma, spaces: spaces, at: target)
        target[at] = UInt8(ascii: "\"")
        UTF8Buffer.copy(count, from: key, to: UnsafeMutableRawPointer(target + at + 1))
        at += count + 1
        target[at] = UInt8(ascii: "\"")
        target[at + 1] = UInt8(ascii: ":")
        target[at + 2] = UInt8(ascii: " ")
        return at + 3
      }
    }

    /// Starts the next element of the innermost array.
    public mutating func element() {
      let comma = hasMember
      hasMember = true
      let spaces = 2 * depth
      buffer.append(atMost: spaces + Self.lineStartRoom) { target in
        Self.lineStart(after: comma, spaces: spaces, at: target)
      }
    }

    /// A line break and the indentation of the innermost collection's
    /// members.
    private mutating func newLine() {
      let spaces = 2 * depth
      buffer.append(atMost: spaces + Self.lineStartRoom) { target in
        Self.lineStart(after: false, spaces: spaces, at: target)
      }
    }

    /// How many bytes past the indentation `lineStart` may write: the comma
    /// and line break, and up to seven spaces more than the indentation
    /// (written eight at a time; the bytes past the line's are not counted).
    private static let lineStartRoom = 9

    /// Writes a comma when `comma`, a line break and `spaces` spaces at
    /// `target`, in room for `spaces + lineStartRoom` bytes; returns how
    /// many bytes the line's start takes.
    @inline(__always)
    private static func lineStart(
      after comma: Bool, spaces: Int, at target: UnsafeMutablePointer<UInt8>
    ) -> Int {
      var at = 0
      if comma {
        target[0] = UInt8(ascii: ",")
        at = 1
      }
      target[at] = UInt8(ascii: "\n")
      at += 1
      let raw = UnsafeMutableRawPointer(target + at)
      var filled = 0
      while filled < spaces {
        raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: filled, as: UInt64.self)
        filled += 8
      }
      return at + spaces
    }

    /// Writes a string, escaping quotes, backslashes and control characters.
    public mutating func string(_ text: String) {
      JSONText.appendQuoted(text, to: &buffer)
    }

    /// Opens a string written in parts (`stringPart(_:)`), for text not
    /// worth joining first; `endString()` closes it.
    public mutating func beginString() { buffer.append(UInt8(ascii: "\"")) }

    /// Writes the next part of a string, escaped as `string(_:)` escapes
    /// the whole.
    public mutating func stringPart(_ text: String) {
      JSONText.appendEscaped(text, to: &buffer)
    }

    /// Writes an integer's digits as the next part of a string.
    public mutating func stringPart(digits number: Int) {
      buffer.append(number: number)
    }

    /// Writes the next part of a string from text known when compiling
    /// that needs no escaping (no quote, backslash or control character).
    public mutating func stringPart(plain text: StaticString) {
      text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Closes a string written in parts.
    public mutating func endString() { buffer.append(UInt8(ascii: "\"")) }

    /// Writes an integer.
    public mutating func int(_ number: Int) {
      if number >= 0, number < 10 {
        buffer.append(UInt8(ascii: "0") + UInt8(number))
      } else {
        buffer.append(number: number)
      }
    }

    /// Writes `file:line:col` as a string, the form of
    /// `SourceLocation.description`, without making it first.
    public mutating func string(_ location: SourceLocation) {
      buffer.append(UInt8(ascii: "\""))
      if location.fileNumber != lastFile.number {
        var escaped = UTF8Buffer()
        JSONText.appendEscaped(location.file, to: &escaped)
        lastFile = (location.fileNumber, escaped.array)
      }
      buffer.append(contentsOf: lastFile.escaped)
      buffer.append(UInt8(ascii: ":"))
      buffer.append(number: location.line)
      buffer.append(UInt8(ascii: ":"))
      buffer.append(number: location.column)
      buffer.append(UInt8(ascii: "\""))
    }

    /// Writes a day as a string, `2017-07-31` as `Day.description` spells
    /// it, without making that `String` first (~250 instructions a day:
    /// each violation's due date).
    public mutating func string(_ day: Day) {
      let (year, month, date) = (day.year, day.month, day.day)
      buffer.append(atMost: 12) { target in
        func digits(_ value: Int, _ count: Int, at start: Int) {
          var rest = value
          for place in (start..<start + count).reversed() {
            target[place] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
          }
        }
        target[0] = UInt8(ascii: "\"")
        digits(year, 4, at: 1)
        target[5] = UInt8(ascii: "-")
        digits(month, 2, at: 6)
        target[8] = UInt8(ascii: "-")
        digits(date, 2, at: 9)
        target[11] = UInt8(ascii: "\"")
        return 12
      }
    }

    /// Writes a number: integral values without a fraction, `null` when
    /// not finite.
    public mutating func number(_ number: Double) {
      guard number.isFinite else { return null() }
      if number == number.rounded(), abs(number) < 1e15 {
        int(Int(number))
      } else {
        buffer.append("\(number)")
      }
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ flag: Bool) { append(word: flag ? "true" : "false") }

    /// Writes `null`.
    public mutating func null() { append(word: "null") }

    /// Writes a literal's bytes: copied from the binary, not made a
    /// `String` first (`UTF8Buffer.append(_:)` on `"true"` was ~84
    /// instructions; a violation's facts hold nine flags).
    private mutating func append(word: StaticString) {
      word.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    private mutating func open(_ bracket: UInt8) {
      buffer.append(bracket)
      if depth < 64 {
        if hasMember { outerHadMembers |= 1 << depth } else { outerHadMembers &= ~(1 << depth) }
      } else {
        deeperHadMembers.append(hasMember)
      }
      depth += 1
      hasMember = false
    }

    private mutating func close(_ bracket: UInt8) {
      depth -= 1
      if hasMember { newLine() }
      hasMember = depth < 64 ? outerHadMembers & (1 << depth) != 0 : deeperHadMembers.removeLast()
      buffer.append(bracket)
    }

  }
}

extension JSONText {
  /// Appends `text` as the inside of a JSON string: quotes, backslashes and
  /// control characters escaped (`\n`, `\r`, `\t`, the others as
  /// `\u00XX`), everything else as it is; the one escaping every JSON
  /// rulec writes uses.
  public static func appendEscaped(_ text: String, to buffer: inout UTF8Buffer) {
    withUTF8(of: text) { append(escaping: $0, to: &buffer) }
  }

  /// Appends `text` as a JSON string, in quotes, escaped as `appendEscaped`
  /// escapes it: text with nothing to escape in one step.
  static func appendQuoted(_ text: String, to buffer: inout UTF8Buffer) {
    withUTF8(of: text) { utf8 in
      let count = utf8.count
      guard let base = utf8.baseAddress, cleanPrefix(of: utf8) == count else {
        buffer.append(UInt8(ascii: "\""))
        append(escaping: utf8, to: &buffer)
        buffer.append(UInt8(ascii: "\""))
        return
      }
      buffer.append(atMost: count + 2) { target in
        target[0] = UInt8(ascii: "\"")
        let copied = UnsafeMutableRawPointer(target + 1)
        UTF8Buffer.copy(count, from: UnsafeRawPointer(base), to: copied)
        target[count + 1] = UInt8(ascii: "\"")
        return count + 2
      }
    }
  }

  /// Calls `body` with the UTF-8 bytes of `text`: in place when the string
  /// keeps them contiguous, from a copy otherwise (a short string).
  @inline(__always)
  private static func withUTF8(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable(body)
    if done == nil {
      var text = text
      text.withUTF8(body)
    }
  }

  /// How many of the first bytes of `utf8`, eight at a time, hold nothing
  /// to escape (the whole when it ends so).
  @inline(__always)
  private static func cleanPrefix(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = utf8.baseAddress else { return 0 }
    if utf8.count < 8 {
      for index in 0..<utf8.count {
        let byte = utf8[index]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
      }
      return utf8.count
    }
    let raw = UnsafeRawPointer(base)
    var clean = 0
    while clean + 8 <= utf8.count,
      !mayNeedEscape(raw.loadUnaligned(fromByteOffset: clean, as: UInt64.self))
    {
      clean += 8
    }
    // Fewer than eight bytes left: the word ending with the text (its
    // first bytes already read clean).
    if clean < utf8.count, clean + 8 > utf8.count,
      !mayNeedEscape(raw.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self))
    {
      return utf8.count
    }
    return clean
  }

  /// Appends UTF-8 text, escaping quotes, backslashes and control
  /// characters; text with none of them is copied at once.
  private static func append(escaping utf8: UnsafeBufferPointer<UInt8>, to buffer: inout UTF8Buffer)
  {
    // Eight bytes at a time up to the first word that may hold one to
    // escape; the rest byte by byte.
    let clean = cleanPrefix(of: utf8)
    if clean == utf8.count { return buffer.append(contentsOf: utf8) }
    var start = 0
    for index in clean..<utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        continue
      }
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
      start = index + 1
      escape(byte, to: &buffer)
    }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
  }

  /// Whether any of the eight bytes of `word` is a control character,
  /// a quote or a backslash (never false when one is): the bit tricks
  /// that find a zero byte, or a byte below 0x20, in a word.
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
    let below = (word &- ones &* 0x20) & ~word & highs != 0
    return below || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
  }

  private static func escape(_ byte: UInt8, to buffer: inout UTF8Buffer) {
    buffer.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(byte)
    case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "n"))
    case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "r"))
    case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "t"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      buffer.append("u00")
      buffer.append(hex[Int(byte >> 4)])
      buffer.append(hex[Int(byte & 0xF)])
    }
  }
}
