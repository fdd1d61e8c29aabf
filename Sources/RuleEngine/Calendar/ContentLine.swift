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
  /// first starting with a space, never splitting a UTF-8 character; each
  /// line ends with CRLF.
  static func folded(_ line: String) -> String {
    let bytes = Array(line.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 37 + 2)
    var start = 0
    var limit = octetLimit
    while bytes.count - start > limit {
      var end = start + limit
      while end > start, isContinuation(bytes[end]) { end -= 1 }
      result += bytes[start..<end]
      result += [0x0D, 0x0A, 0x20]
      start = end
      limit = octetLimit - 1
    }
    result += bytes[start...]
    result += [0x0D, 0x0A]
    return String(decoding: result, as: UTF8.self)
  }

  /// Whether a byte continues a UTF-8 character (`10xxxxxx`).
  private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
