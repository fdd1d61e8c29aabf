/// The digits of time phrases: ASCII and full-width Arabic digits, and the
/// Chinese numerals used for months, quarters, counts and written-out years.
enum Numeral {
  /// The value of an ASCII (`7`) or full-width (`７`) digit.
  static func arabic(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
    default: nil
    }
  }

  /// The value of a Chinese digit: 〇 零 一 二 两 三 四 五 六 七 八 九.
  static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "零": 0
    case "一": 1
    case "二", "两": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The value of a Chinese unit: 十 百 千.
  static func chineseUnit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "十": 10
    case "百": 100
    case "千": 1000
    default: nil
    }
  }

  /// Whether a scalar is part of a Chinese numeral (a digit or a unit).
  static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
    chineseDigit(scalar) != nil || chineseUnit(scalar) != nil
  }
}
