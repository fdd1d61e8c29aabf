/// The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): escaping of TEXT
/// values, and folding of content lines at 75 octets.
enum ContentLine {
  /// The longest line, in octets, without its CRLF.
  static let octetLimit = 75

  /// A TEXT value escaped: `\` `;` `,` with a backslash, line breaks as
  /// `\n`; other control characters (except tab), which TEXT may not
  /// contain, are left out.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !previousWasCR { result += "\\n" }
      case "\t": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A list of TEXT values (`CATEGORIES`): each escaped, joined by commas.
  static func list(_ values: [String]) -> String {
    values.map(escaped).joined(separator: ",")
  }

  /// A content line folded into lines of at most 75 octets, each after the
  /// first starting with a space; each line ends with CRLF.
  ///
  /// Folds fall between characters (grapheme clusters), so that 🏞️ or a
  /// letter with its accents stays on one line; only a character longer
  /// than a line is split, and then between Unicode scalars, never inside
  /// one's UTF-8 bytes.
  static func folded(_ line: String) -> String {
    var result = ""
    var used = 0
    var limit = octetLimit
    func append(_ piece: String, octets: Int) {
      if used + octets > limit {
        result += "\r\n "
        used = 0
        limit = octetLimit - 1
      }
      result += piece
      used += octets
    }
    for character in line {
      let octets = character.utf8.count
      if octets <= octetLimit - 1 {
        append(String(character), octets: octets)
      } else {
        for scalar in character.unicodeScalars {
          append(String(scalar), octets: scalar.utf8.count)
        }
      }
    }
    return result + "\r\n"
  }
}
