/// Input text made safe to print on a terminal or in a text or Markdown
/// report: every control character and every bidirectional formatting
/// character is replaced by a visible escape such as `\u{1B}`.
///
/// Rule files, snapshots, ledgers and arguments come from many hands; printed
/// raw, an ESC or OSC sequence could rewrite the terminal, a CR or newline
/// could fake a line of output (`::error …` for CI), and a bidi override
/// could make text read differently from what it is. Tabs are kept.
public enum PrintableText {
  /// `text` with every unsafe scalar escaped.
  public static func escaping(_ text: some StringProtocol) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      result += escaped(scalar)
    }
    return result
  }

  /// The scalar itself, or its visible escape when it is unsafe to print.
  public static func escaped(_ scalar: Unicode.Scalar) -> String {
    guard needsEscape(scalar) else { return String(scalar) }
    switch scalar {
    case "\n": return "\\n"
    case "\r": return "\\r"
    default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  /// Whether a scalar is a control character (C0 but tab, DEL, C1), a line
  /// or paragraph separator, or a bidirectional formatting character.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

extension PrintableText {
  /// The lines of a text or Markdown report, each escaped, one per line:
  /// no input text can break a line or fake one.
  public static func joinedLines(_ lines: [String]) -> String {
    lines.map { escaping($0) }.joined(separator: "\n") + "\n"
  }
}
