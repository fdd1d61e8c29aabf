import RuleParser

/// How one output format escapes text.
///
/// What each special character becomes, and what becomes of the control
/// characters the format cannot hold: one implementation for the XML, HTML,
/// DOT and Mermaid writers.
struct Escaping: Sendable {
  /// What becomes of a control character that has no replacement.
  enum Controls: Sendable {
    /// Written as it is.
    case kept
    /// C0 controls and DEL written as a space (a label on one line).
    case spaced
    /// C0 controls and the non-characters U+FFFE and U+FFFF left out, as XML 1.0 requires.
    case droppedForXML
  }

  /// The replacement of each special character.
  let replacements: [Unicode.Scalar: String]
  /// What becomes of the other control characters.
  let controls: Controls
  /// The replacement of each ASCII character as UTF-8, by its value, or
  /// `nil` when some replaced scalar is not ASCII (then text is escaped
  /// scalar by scalar).
  private let asciiReplacements: [[UInt8]?]?
  /// Of each UTF-8 byte value, whether it may start a scalar this escaping
  /// changes (text without such bytes is written as it is): a flag per
  /// value, so that a scan reads a byte's with one load.
  private let changingFlags: [Bool]

  /// An escaping that replaces the scalars of `replacements` and treats the
  /// other controls as `controls` says.
  init(replacements: [Unicode.Scalar: String], controls: Controls) {
    self.replacements = replacements
    self.controls = controls
    var changing = UTF8Bytes()
    for scalar in replacements.keys { changing.insert(Array(String(scalar).utf8)[0]) }
    if controls != .kept {
      for byte in UInt8(0)..<0x20 { changing.insert(byte) }
    }
    if controls == .spaced { changing.insert(0x7F) }
    // U+FFFE and U+FFFF, which XML leaves out, start with 0xEF.
    if controls == .droppedForXML { changing.insert(0xEF) }
    changingFlags = (0...255).map { changing.contains(UInt8($0)) }
    if replacements.keys.allSatisfy(\.isASCII) {
      var table = [[UInt8]?](repeating: nil, count: 128)
      for (scalar, replacement) in replacements {
        table[Int(scalar.value)] = Array(replacement.utf8)
      }
      asciiReplacements = table
    } else {
      asciiReplacements = nil
    }
  }

  /// Whether `text` comes out as it is: none of its bytes may start a
  /// scalar this escaping changes.
  func leavesUnchanged(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { utf8 in
      !utf8.contains { changingFlags[Int($0)] }
    } ?? !text.utf8.contains { changingFlags[Int($0)] }
  }

  /// Appends `text` escaped as UTF-8, byte by byte, as `callAsFunction`
  /// would make it.
  ///
  /// Most text has no byte to change: the first such byte is looked for
  /// through raw pointers (no bounds check per byte), and text without one
  /// is copied whole.
  func append(_ text: String, to bytes: inout UTF8Buffer) {
    guard let table = asciiReplacements else {
      bytes.append(callAsFunction(text))
      return
    }
    var text = text
    changingFlags.withUnsafeBufferPointer { isChanging in
      text.withUTF8 { utf8 in
        guard let start = utf8.baseAddress, let flags = isChanging.baseAddress else { return }
        var index = 0
        while index < utf8.count {
          let byte = start[index]
          // 0xEF starts full-width punctuation (，：（）), kept as it is: only
          // U+FFFE and U+FFFF change.
          guard !flags[Int(byte)] || (byte == 0xEF && !Self.isNonCharacter(utf8, at: index))
          else { break }
          index += 1
        }
        if index == utf8.count { return bytes.append(contentsOf: utf8) }
        append(utf8, from: index, isChanging: isChanging, table: table, to: &bytes)
      }
    }
  }

  /// Appends the UTF-8 bytes `utf8` escaped, given each byte value's flag
  /// and the ASCII replacements; `first` is the position of the first byte
  /// to change.
  private func append(
    _ utf8: UnsafeBufferPointer<UInt8>, from first: Int, isChanging: UnsafeBufferPointer<Bool>,
    table: [[UInt8]?], to bytes: inout UTF8Buffer
  ) {
    var start = 0
    var index = first
    while index < utf8.count {
      let byte = utf8[index]
      guard isChanging[Int(byte)] else {
        index += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
      index += 1
      if byte < 0x80, let replacement = table[Int(byte)] {
        replacement.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
      } else if byte == 0xEF {
        // U+FFFE and U+FFFF, which XML leaves out; any other scalar
        // starting with 0xEF is kept.
        if Self.isNonCharacter(utf8, at: index - 1) {
          index += 2
        } else {
          bytes.append(byte)
        }
      } else {
        switch controls {
        case .kept: bytes.append(byte)
        case .spaced: bytes.append(byte < 0x20 || byte == 0x7F ? UInt8(ascii: " ") : byte)
        case .droppedForXML: if byte >= 0x20 { bytes.append(byte) }
        }
      }
      start = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
  }

  /// Whether the byte at `index` (0xEF) starts U+FFFE or U+FFFF (EF BF BE,
  /// EF BF BF), which XML leaves out.
  @inline(__always)
  private static func isNonCharacter(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] & 0xFE == 0xBE
  }

  /// XML content and attributes, for `"`-quoted attributes.
  static let xml = Escaping(
    replacements: [
      "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\t": "\t", "\n": "\n", "\r": "\r",
    ],
    controls: .droppedForXML)
  /// HTML and SVG text and attributes.
  static let html = Escaping(
    replacements: ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"],
    controls: .kept)

  /// `text` escaped.
  func callAsFunction(_ text: String) -> String {
    if leavesUnchanged(text) { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if let replacement = replacements[scalar] {
        result += replacement
        continue
      }
      switch controls {
      case .kept: result.unicodeScalars.append(scalar)
      case .spaced:
        let control = scalar.value < 0x20 || scalar.value == 0x7F
        result.unicodeScalars.append(control ? " " : scalar)
      case .droppedForXML:
        if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}

/// A set of UTF-8 byte values, one bit each.
struct UTF8Bytes: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// An empty set.
  init() {}

  /// The bytes of `characters`' UTF-8.
  init(_ characters: String) {
    for byte in characters.utf8 { insert(byte) }
  }

  /// Adds a byte.
  mutating func insert(_ byte: UInt8) {
    let bit = UInt64(1) << (byte & 63)
    switch byte >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  /// Whether the set holds `byte`.
  func contains(_ byte: UInt8) -> Bool {
    // The word by its offset in the tuple: a load, not a branch per byte.
    let word = withUnsafeBytes(of: words) {
      $0.load(fromByteOffset: Int(byte >> 6) &* 8, as: UInt64.self)
    }
    return word & (UInt64(1) << (byte & 63)) != 0
  }
}
