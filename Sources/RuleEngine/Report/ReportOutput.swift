public import RuleParser

/// A report's UTF-8 bytes on their way out: written into a buffer of about
/// 64 KiB, which goes to the sink (a file, standard output) each time it
/// fills, so that a report of a million findings is never whole in memory.
///
/// Writing never throws, so that the reports read as plain sequences of
/// writes: the sink's first error is kept, later bytes are dropped, and
/// `finish()` throws it. Without a sink (`init()`) every byte is kept, for a
/// report rendered as one `String` or array of bytes.
public struct ReportOutput {
  /// The bytes written and not yet handed to the sink.
  private var buffer: UTF8Buffer
  /// The bytes written and not yet handed to the sink, as an array.
  public var bytes: [UInt8] { buffer.array }
  /// Where full chunks go, or `nil` to keep every byte.
  private let sink: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
  /// How many bytes make a chunk.
  private let chunk: Int
  /// The sink's first error.
  private var failure: (any Error)?

  /// An output that keeps every byte in `bytes`.
  public init() {
    sink = nil
    chunk = .max
    buffer = UTF8Buffer()
  }

  /// An output that hands `sink` its bytes in chunks of about `chunk` bytes,
  /// each read in place: the bytes are `sink`'s only while it runs (a
  /// chunk of a large report is written out, not copied into an array).
  public init(chunk: Int = 1 << 16, sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
    self.sink = sink
    self.chunk = chunk
    buffer = UTF8Buffer(capacity: chunk + 4096)
  }

  /// Writes text as it is.
  @inline(__always)
  public mutating func write(_ text: String) {
    buffer.append(text)
    flushIfFull()
  }

  /// Writes text known when compiling (the markup around a report's
  /// values), its bytes copied as they are: cheaper than a `String`'s,
  /// which are found afresh each time.
  @inline(__always)
  public mutating func write(literal text: StaticString) {
    text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    flushIfFull()
  }

  /// Writes UTF-8 bytes as they are (JSON a `JSONText.Writer` made).
  public mutating func write(contentsOf utf8: [UInt8]) {
    buffer.append(contentsOf: utf8)
    flushIfFull()
  }

  /// Writes UTF-8 bytes as they are, read in place (no array is made of
  /// them: the graph's instances come in chunks of 64 KiB).
  mutating func write(contentsOf utf8: UnsafeBufferPointer<UInt8>) {
    buffer.append(contentsOf: utf8)
    flushIfFull()
  }

  /// Moves what `writer` has written so far here once it makes a chunk
  /// (a JSON report writes into a `JSONText.Writer`, which keeps the
  /// layout), to be handed to the sink: once this output's bytes have gone
  /// to the sink, by exchanging memory with the writer, not by copying.
  ///
  /// An output that keeps every byte leaves them with the writer until
  /// `takeAll(from:)`: taking them in chunks would copy each.
  public mutating func take(from writer: inout JSONText.Writer) {
    guard sink != nil, writer.count >= chunk else { return }
    writer.drain(into: &buffer)
    flushIfFull()
  }

  /// Lets `writer`, which has written nothing yet, write into this
  /// output's memory when this output holds no bytes, so that its text
  /// comes back here (`take(from:)`, `takeAll(from:)`) without a copy, and
  /// the memory is used again for the next writer.
  mutating func lendMemory(to writer: inout JSONText.Writer) {
    guard buffer.count == 0 else { return }
    writer.exchangeMemory(with: &buffer)
  }

  /// Moves all that `writer` has written here, chunk or not (the end of a
  /// block of JSON written apart).
  mutating func takeAll(from writer: inout JSONText.Writer) {
    writer.drain(into: &buffer)
    flushIfFull()
  }

  /// Moves the bytes `other` (an output that keeps every byte) holds here
  /// and empties it, its memory kept for the next bytes: handed to the
  /// sink as they are (after the bytes before them), without a copy here.
  mutating func take(from other: inout ReportOutput) {
    if sink != nil {
      flush()
      hand(other.buffer)
    } else {
      other.buffer.withBytes { buffer.append(contentsOf: $0) }
    }
    other.buffer.removeAll()
  }

  /// Writes one ASCII character.
  @inline(__always)
  public mutating func write(ascii: Unicode.Scalar) {
    buffer.append(UInt8(ascii: ascii))
  }

  /// Writes an integer in decimal digits.
  @inline(__always)
  public mutating func write(_ number: Int) {
    buffer.append(number: number)
  }

  /// Hands the remaining bytes to the sink and throws its first error, if
  /// any; without a sink, does nothing.
  public mutating func finish() throws {
    if sink != nil { flush() }
    if let failure { throw failure }
  }

  /// Hands a full chunk to the sink: one comparison, inlined into every
  /// write, the handing itself out of line.
  @inline(__always)
  private mutating func flushIfFull() {
    if buffer.count >= chunk { flush() }
  }

  @inline(never)
  private mutating func flush() {
    hand(buffer)
    buffer.removeAll()
  }

  /// Hands the bytes of `bytes` to the sink, unless it has failed before.
  private mutating func hand(_ bytes: UTF8Buffer) {
    if failure == nil, let sink {
      do { try bytes.withBytes(sink) } catch { failure = error }
    }
  }
}

extension ReportOutput {
  /// Writes text escaped for the output's format (XML, workflow commands).
  mutating func write(_ text: String, escaping: Escaping) {
    escaping.append(text, to: &buffer)
    flushIfFull()
  }

  /// Writes input text for a terminal or a text or Markdown report: every
  /// control and bidirectional formatting character shown as an escape
  /// (`PrintableText`), so that no input text can break a line or fake one.
  public mutating func writePrintable(_ text: String) {
    // The bytes are read once: checked, then copied while at hand.
    var text = text
    let written = text.withUTF8 { utf8 in
      guard Self.isPrintable(utf8) else { return false }
      buffer.append(contentsOf: utf8)
      return true
    }
    if written { flushIfFull() } else { write(PrintableText.escaping(text)) }
  }

  /// Writes `text` as it is when it is printable and `isPlain` finds
  /// nothing to change in its UTF-8 bytes, read once; else writes nothing
  /// and returns false.
  mutating func writeIfPlain(
    _ text: String, _ isPlain: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool {
    var text = text
    let written = text.withUTF8 { utf8 in
      guard isPlain(utf8), Self.isPrintable(utf8) else { return false }
      buffer.append(contentsOf: utf8)
      return true
    }
    if written { flushIfFull() }
    return written
  }

  /// Writes what a violation amounts to (`ReportText.measure(of:in:)`),
  /// `escaping` as the format needs: a number of days overdue as it is
  /// (digits and words no format escapes), any other measure made first.
  mutating func writeMeasure(of violation: Violation, in language: Language, escaping: Escaping) {
    guard let days = ReportText.daysOverdue(violation) else {
      return write(ReportText.measure(of: violation, in: language), escaping: escaping)
    }
    writeOverdue(days, in: language)
  }

  /// Writes `N days overdue` (`逾期 N 天`), as `ReportText.measure` words it.
  mutating func writeOverdue(_ days: Int, in language: Language) {
    if language == .zh {
      write(literal: "逾期 ")
      write(days)
      write(literal: " 天")
    } else {
      write(days)
      write(literal: days == 1 ? " day overdue" : " days overdue")
    }
  }

  /// Writes a line of a text or Markdown report: printable, then a line break.
  public mutating func writeLine(_ text: String) {
    writePrintable(text)
    write(literal: "\n")
  }

  /// Whether `PrintableText.escaping` leaves `text` as it is, read from its
  /// UTF-8 bytes: no C0 control but tab, no DEL, and none of the
  /// multi-byte scalars `PrintableText.needsEscape` names (C1 controls,
  /// U+061C, U+200E/F, U+2028–202E, U+2066–2069).
  static func isPrintable(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(isPrintable)
  }

  /// Whether the UTF-8 text `utf8` is printable as it is (`isPrintable(_:)`).
  private static func isPrintable(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    // Most text has no byte that may start an escape: that is settled
    // sixteen bytes at a time, and only other text is read byte by byte.
    guard mayNeedEscape(anywhereIn: utf8) else { return true }
    var index = 0
    while index < utf8.count {
      // Eight bytes at a time while none may start an escape; a word
      // that may is read byte by byte.
      var end = utf8.count
      if index + 8 <= utf8.count, let base = utf8.baseAddress {
        let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if !mayNeedEscape(word) {
          index += 8
          continue
        }
        end = index + 8
      }
      while index < end {
        let byte = utf8[index]
        switch byte {
        case 0x09, 0x20..<0x7F, 0x80..<0xC2, 0xC3..<0xD8, 0xD9..<0xE2, 0xE3...:
          index += 1
          continue
        default:
          break
        }
        guard index + 1 < utf8.count else { return byte >= 0x80 }
        let next = utf8[index + 1]
        switch byte {
        case 0xC2 where next >= 0x80 && next <= 0x9F: return false
        case 0xD8 where next == 0x9C: return false
        case 0xE2 where index + 2 < utf8.count:
          let last = utf8[index + 2]
          if next == 0x80, last == 0x8E || last == 0x8F || (0xA8...0xAE).contains(last) {
            return false
          }
          if next == 0x81, (0xA6...0xA9).contains(last) { return false }
        case 0xC2, 0xD8, 0xE2: break
        default: return false
        }
        index += 1
      }
    }
    return true
  }

  /// Whether any byte of `utf8` may start an escape, read sixteen at a
  /// time (`mayNeedEscape(_: Chunk)`): the last chunk ends with the text
  /// (overlapping the one before), text of 8 to 16 bytes is read as two
  /// overlapping words, and shorter text is padded with spaces.
  ///
  /// A word of eight bytes took five tests of ~5 instructions each; a chunk
  /// of sixteen takes ~20 instructions in all (SSE2's byte comparisons).
  /// At 100k, `check` (text) scanned ~250,000 texts, 33 M instructions.
  @inline(__always)
  private static func mayNeedEscape(anywhereIn utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    let count = utf8.count
    let raw = UnsafeRawPointer(base)
    guard count > 16 else {
      guard count >= 8 else {
        var chunk = Chunk(repeating: 0x20)
        withUnsafeMutableBytes(of: &chunk) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
        return mayNeedEscape(chunk)
      }
      let words = SIMD2(
        raw.loadUnaligned(as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      return mayNeedEscape(unsafeBitCast(words, to: Chunk.self))
    }
    var index = 0
    while index + 16 < count {
      if mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: Chunk.self)) { return true }
      index += 16
    }
    return mayNeedEscape(raw.loadUnaligned(fromByteOffset: count - 16, as: Chunk.self))
  }

  /// Sixteen bytes of text, compared all at once.
  private typealias Chunk = SIMD16<UInt8>

  /// Whether any of the sixteen bytes of `chunk` is a C0 control, DEL, or
  /// 0xC2, 0xD8 or 0xE2 (`mayNeedEscape(_: UInt64)`).
  ///
  /// Each comparison is with a whole vector, not a scalar (which Swift
  /// compares lane by lane), and the lanes found are told from none by the
  /// mask's two words (`any(_:)` folds the lanes in ~25 instructions).
  @inline(__always)
  private static func mayNeedEscape(_ chunk: Chunk) -> Bool {
    let found =
      chunk .< Chunk(repeating: 0x20) .| (chunk .== Chunk(repeating: 0x7F))
      .| (chunk .== Chunk(repeating: 0xC2)) .| (chunk .== Chunk(repeating: 0xD8))
      .| (chunk .== Chunk(repeating: 0xE2))
    let words = unsafeBitCast(found, to: SIMD2<UInt64>.self)
    return words[0] | words[1] != 0
  }

  /// Whether any of the eight bytes of `word` is a C0 control, DEL, or
  /// 0xC2, 0xD8 or 0xE2 (the first bytes of the multi-byte scalars
  /// `isPrintable` looks at); never false when one is: the bit tricks that
  /// find a zero byte, or a byte below 0x20, in a word.
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
    return (word &- ones &* 0x20) & ~word & highs != 0 || hasZero(word ^ (ones &* 0x7F))
      || hasZero(word ^ (ones &* 0xC2)) || hasZero(word ^ (ones &* 0xD8))
      || hasZero(word ^ (ones &* 0xE2))
  }
}
