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

  /// `YYYY-MM-DD` for any numbers, even of a day that does not exist: the
  /// one writer of ISO days (`Day.description`, the graph's JSON, messages).
  ///
  /// Years 0 to 9999 with two-digit months and days are written byte by
  /// byte, without building the text from pieces.
  static func iso(year: Int, month: Int, day: Int) -> String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
      return "\(padded(year, width: 4))-\(padded(month, width: 2))-\(padded(day, width: 2))"
    }
    func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
    return String(unsafeUninitializedCapacity: 10) { text in
      text[0] = digit(year / 1000)
      text[1] = digit(year / 100)
      text[2] = digit(year / 10)
      text[3] = digit(year)
      text[4] = UInt8(ascii: "-")
      text[5] = digit(month / 10)
      text[6] = digit(month)
      text[7] = UInt8(ascii: "-")
      text[8] = digit(day / 10)
      text[9] = digit(day)
      return 10
    }
  }
}
