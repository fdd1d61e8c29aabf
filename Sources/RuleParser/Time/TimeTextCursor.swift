/// A position in a run of Unicode scalars, with the readers of time phrases.
///
/// Each reader either consumes what it read and returns it, or leaves the
/// position where it was and returns `nil`.
struct TimeTextCursor {
  /// A year as written: four digits, or digits with redacted places (`20XX`).
  enum Year: Hashable {
    /// A year written in full, such as 2017 or 二〇一七.
    case number(Int)
    /// A year whose last digits the document redacted, such as `20XX`.
    case redacted
  }

  /// The text being read.
  let scalars: [Unicode.Scalar]
  /// The index of the next scalar to read.
  var index: Int

  /// Creates a cursor at `index` of `scalars`.
  init(_ scalars: [Unicode.Scalar], at index: Int = 0) {
    self.scalars = scalars
    self.index = index
  }

  /// Whether every scalar has been read.
  var isAtEnd: Bool { index >= scalars.count }

  /// The scalar `offset` places after the position, if any.
  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let position = index + offset
    return position >= 0 && position < scalars.count ? scalars[position] : nil
  }

  /// The scalar just before the position, if any.
  var previous: Unicode.Scalar? { peek(-1) }

  /// Consumes `literal` if the text continues with it.
  mutating func consume(_ literal: String) -> Bool {
    var position = index
    for scalar in literal.unicodeScalars {
      guard position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    index = position
    return true
  }

  /// Consumes the first of `literals` the text continues with (list longer
  /// literals before their prefixes).
  mutating func consume(anyOf literals: [String]) -> String? {
    literals.first { consume($0) }
  }

  /// Reads 1 to `maxDigits` Arabic digits that are not followed by another digit.
  mutating func readArabic(maxDigits: Int) -> Int? {
    var value = 0
    var count = 0
    while let scalar = peek(count), let digit = Numeral.arabic(scalar) {
      guard count < maxDigits else { return nil }
      value = value * 10 + digit
      count += 1
    }
    guard count > 0 else { return nil }
    index += count
    return value
  }

  /// Reads a Chinese numeral below ten thousand: 一, 十二, 二十, 两, 一百零五.
  mutating func readChinese() -> Int? {
    var total = 0
    var pending: Int?
    var lastUnit = Int.max
    var count = 0
    while count < 8, let scalar = peek(count) {
      if let digit = Numeral.chineseDigit(scalar) {
        if let previous = pending, previous != 0 { break }
        pending = digit
      } else if let unit = Numeral.chineseUnit(scalar), unit < lastUnit {
        if pending == nil, count > 0 { break }
        total += (pending ?? 1) * unit
        pending = nil
        lastUnit = unit
      } else {
        break
      }
      count += 1
    }
    guard count > 0 else { return nil }
    index += count
    return total + (pending ?? 0)
  }

  /// Reads a count in Arabic digits (at most `maxDigits`) or in Chinese numerals.
  mutating func readCount(maxDigits: Int) -> Int? {
    readArabic(maxDigits: maxDigits) ?? readChinese()
  }

  /// Reads a four-place year: `2017`, `２０１７`, `二〇一七`, or, when
  /// `allowRedacted`, a redacted year such as `20XX`.
  mutating func readYear(allowRedacted: Bool) -> Year? {
    let start = index
    if let year = readArabic(maxDigits: 4) {
      if index - start == 4 { return .number(year) }
      index = start
    }
    if allowRedacted, let redacted = readRedactedYear() { return redacted }
    return readChineseYear()
  }

  /// Reads two digits followed by two redaction marks: `20XX`.
  private mutating func readRedactedYear() -> Year? {
    guard let first = peek(0), let second = peek(1), let third = peek(2), let fourth = peek(3),
      Numeral.arabic(first) != nil, Numeral.arabic(second) != nil,
      isRedactionMark(third), isRedactionMark(fourth)
    else { return nil }
    if let next = peek(4), Numeral.arabic(next) != nil || isRedactionMark(next) { return nil }
    index += 4
    return .redacted
  }

  /// Reads four Chinese digits: `二〇一七`.
  private mutating func readChineseYear() -> Year? {
    var year = 0
    for offset in 0..<4 {
      guard let scalar = peek(offset), let digit = Numeral.chineseDigit(scalar) else { return nil }
      year = year * 10 + digit
    }
    if let next = peek(4), Numeral.isChinese(next) { return nil }
    index += 4
    return .number(year)
  }

  private func isRedactionMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "X" || scalar == "x"
  }
}
