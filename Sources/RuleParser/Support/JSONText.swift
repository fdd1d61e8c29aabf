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
    public private(set) var bytes: [UInt8] = []
    /// Whether the innermost open collection has a member yet.
    private var hasMember = false
    /// How many collections are open: their members are indented by twice
    /// as many spaces.
    private var depth = 0
    /// For each open collection around the innermost, whether it had a
    /// member when the next one was opened: the first 64 as bits (bit `n`
    /// for depth `n + 1`), deeper ones in `deeperHadMembers`.
    private var outerHadMembers: UInt64 = 0
    /// Whether each collection opened below depth 64 had a member.
    private var deeperHadMembers: [Bool] = []

    /// Creates an empty writer with room for about `capacity` bytes.
    public init(capacity: Int = 0) {
      bytes.reserveCapacity(capacity)
    }

    /// The text with its final newline.
    public consuming func finished() -> String {
      bytes.append(UInt8(ascii: "\n"))
      return String(decoding: bytes, as: UTF8.self)
    }

    /// The UTF-8 text with its final newline, without making a `String`.
    public consuming func finishedBytes() -> [UInt8] {
      bytes.append(UInt8(ascii: "\n"))
      return bytes
    }

    /// Hands the text so far to `body` and forgets it, for a document
    /// written out in chunks; the layout goes on where it stopped.
    public mutating func drain(_ body: ([UInt8]) -> Void) {
      body(bytes)
      bytes.removeAll(keepingCapacity: true)
    }

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
      bytes.append(UInt8(ascii: ":"))
      bytes.append(UInt8(ascii: " "))
    }

    /// Starts the next member with a key that needs no escaping (a name of
    /// the schema, such as `due`).
    public mutating func field(_ key: StaticString) {
      element()
      bytes.append(UInt8(ascii: "\""))
      key.withUTF8Buffer { bytes.append(contentsOf: $0) }
      bytes.append(UInt8(ascii: "\""))
      bytes.append(UInt8(ascii: ":"))
      bytes.append(UInt8(ascii: " "))
    }

    /// Starts the next element of the innermost array.
    public mutating func element() {
      if hasMember { bytes.append(UInt8(ascii: ",")) }
      hasMember = true
      newLine()
    }

    /// A line break and the indentation of the innermost collection's
    /// members, copied from a line of spaces.
    private mutating func newLine() {
      bytes.append(UInt8(ascii: "\n"))
      var spaces = 2 * depth
      while spaces > 0 {
        let run = min(spaces, Self.spaces.utf8CodeUnitCount)
        Self.spaces.withUTF8Buffer {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run]))
        }
        spaces -= run
      }
    }

    /// The spaces indentation is copied from.
    private static let spaces: StaticString =
      "                                                                "

    /// Writes a string, escaping quotes, backslashes and control characters.
    public mutating func string(_ text: String) {
      bytes.append(UInt8(ascii: "\""))
      let written: Void? = text.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
      if written == nil {
        var text = text
        text.withUTF8 { append(escaping: $0) }
      }
      bytes.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 text, escaping quotes, backslashes and control
    /// characters; text with none of them is copied at once.
    private mutating func append(escaping utf8: UnsafeBufferPointer<UInt8>) {
      var start = 0
      for index in utf8.indices {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
        start = index + 1
        escape(byte)
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }

    /// Writes an integer.
    public mutating func int(_ number: Int) {
      guard number >= 0 else {
        bytes.append(contentsOf: String(number).utf8)
        return
      }
      Self.appendDigits(of: number, to: &bytes)
    }

    /// Appends the decimal digits of a number that is not negative.
    static func appendDigits(of number: Int, to bytes: inout [UInt8]) {
      if number < 10 {
        bytes.append(UInt8(ascii: "0") + UInt8(number))
        return
      }
      // At most 19 digits, made from the last one up in a fixed buffer.
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
        var start = digits.count
        var rest = number
        repeat {
          start -= 1
          digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
        } while rest > 0
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
      }
    }

    /// Writes `file:line:col` as a string, the form of
    /// `SourceLocation.description`, without making it first.
    public mutating func string(_ location: SourceLocation) {
      bytes.append(UInt8(ascii: "\""))
      var file = location.file
      file.withUTF8 { append(escaping: $0) }
      bytes.append(UInt8(ascii: ":"))
      Self.appendNumber(location.line, to: &bytes)
      bytes.append(UInt8(ascii: ":"))
      Self.appendNumber(location.column, to: &bytes)
      bytes.append(UInt8(ascii: "\""))
    }

    /// Appends an integer's decimal digits as `String(number)` writes them
    /// (for other writers of UTF-8 bytes).
    public static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
      if number >= 0 {
        appendDigits(of: number, to: &bytes)
      } else {
        bytes.append(contentsOf: String(number).utf8)
      }
    }

    /// Writes a number: integral values without a fraction, `null` when
    /// not finite.
    public mutating func number(_ number: Double) {
      guard number.isFinite else { return null() }
      if number == number.rounded(), abs(number) < 1e15 {
        int(Int(number))
      } else {
        bytes.append(contentsOf: "\(number)".utf8)
      }
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ flag: Bool) {
      bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() { bytes.append(contentsOf: "null".utf8) }

    private mutating func open(_ bracket: UInt8) {
      bytes.append(bracket)
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
      bytes.append(bracket)
    }

    private mutating func escape(_ byte: UInt8) {
      bytes.append(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
      case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
      case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
      case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
      default:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: "u00".utf8)
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0xF)])
      }
    }
  }
}
