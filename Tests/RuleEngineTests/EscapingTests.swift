import RuleParser
import Testing

@testable import RuleEngine

@Suite struct EscapingTests {
  /// Writing escaped bytes (a scan for the first byte to change, full-width
  /// punctuation kept in the run) makes what escaping a `String` makes:
  /// every special piece at every place of texts of 0 to 12 characters.
  @Test(arguments: ["xml", "junit", "html"])
  func bytesMatchTheEscapedString(_ name: String) {
    let escaping =
      switch name {
      case "xml": Escaping.xml
      case "junit": JUnitReport.escape
      default: Escaping.html
      }
    let pieces = [
      "，", "（", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "&", "<", "'", "\"", "\n", "\u{01}", "\u{7F}",
    ]
    for text in placing(pieces, upTo: 12) {
      var bytes = UTF8Buffer()
      escaping.append(text, to: &bytes)
      #expect(bytes.array == Array(escaping(text).utf8), "\(name) \(text.debugDescription)")
    }
  }

  /// Integers are written as `String(number)` writes them.
  @Test func numbersAsStringWritesThem() {
    for number in [0, 7, 10, 99, 100, 123_456, -1, -40, Int.max, Int.min] {
      var bytes = UTF8Buffer(capacity: 1)
      bytes.append(number: number)
      #expect(bytes.array == Array(String(number).utf8))
    }
  }
}

@Suite struct PrintableScanTests {
  /// The scan sixteen bytes at a time finds every scalar `PrintableText`
  /// escapes, at every place of texts of 0 to 20 characters.
  @Test func findsWhatPrintableTextEscapes() {
    let pieces = [
      "\u{01}", "\u{1F}", "\t", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{61C}", "\u{200E}",
      "\u{2028}",
      "\u{202E}", "\u{2066}", "\u{2069}", "“", "—", "，", "é",
    ]
    for text in placing(pieces, upTo: 20) {
      #expect(
        ReportOutput.isPrintable(text) == (PrintableText.escaping(text) == text),
        "\(text.debugDescription)")
    }
  }
}

/// Each piece at every place of a text of 0 to `length` characters, after
/// multi-byte characters and before ASCII ones.
private func placing(_ pieces: [String], upTo length: Int) -> [String] {
  pieces.flatMap { piece in
    (0...length).flatMap { length in
      (0...length).map { place in
        String(repeating: "中", count: place) + piece + String(repeating: "a", count: length - place)
      }
    }
  }
}
