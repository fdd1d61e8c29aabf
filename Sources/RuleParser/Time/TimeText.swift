/// Whitespace handling shared by the parsers of time values.
enum TimeText {
  /// The text without leading and trailing whitespace (including U+3000).
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The scalars of the text with all whitespace removed: `2017年 7月` reads
  /// as `2017年7月`.
  static func compacted(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { !$0.properties.isWhitespace }
  }

  /// A number with leading zeros up to `width` digits: `padded(9, width: 2)` is `09`.
  static func padded(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// `YYYY-MM-DD` for any numbers, even of a day that does not exist.
  static func iso(year: Int, month: Int, day: Int) -> String {
    "\(padded(year, width: 4))-\(padded(month, width: 2))-\(padded(day, width: 2))"
  }
}
