import Foundation
import RuleParser

/// Chinese numerals for section numbers: 一 to 九十九, then digits.
enum ChineseNumeral {
  private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// The numeral for `number`.
  static func text(_ number: Int) -> String {
    switch number {
    case 1...9: return digits[number]
    case 10...99:
      let tens = number / 10
      let ones = number % 10
      return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    default: return String(number)
    }
  }
}

/// Chinese calendar dates: 2017年10月15日.
enum ChineseDate {
  /// The date as Chinese text.
  static func text(_ day: Day) -> String {
    "\(day.year)年\(day.month)月\(day.day)日"
  }

  /// Writes the date as Chinese text, its numbers written in place.
  static func write(_ day: Day, into output: inout ReportOutput) {
    output.write(day.year)
    output.write(literal: "年")
    output.write(day.month)
    output.write(literal: "月")
    output.write(day.day)
    output.write(literal: "日")
  }
}

/// Numbers, units and punctuation as Chinese official documents write them:
/// `差距0.99个百分点`, `完成率66.7%`, `四（七）4`, no spaces around numbers.
enum ChineseWriting {
  /// A decimal rounded to at most `places` places, without trailing zeros:
  /// `0.986` → `0.99`, `89.0` → `89`.
  static func number(_ value: Double, places: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    let scale = pow(10, Double(places))
    let rounded = (value * scale).rounded() / scale
    var text = String(format: "%.\(places)f", rounded)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// A share as a percentage with one decimal: `0.6667` → `66.7%`.
  static func percent(_ share: Double) -> String {
    number(share * 100, places: 1) + "%"
  }

  /// A value with its unit: `89%`, `44.2微克/立方米`.
  static func quantity(_ value: Double, unit: String?) -> String {
    number(value) + (unit ?? "")
  }

  /// A difference with its unit; a difference of percentages is in
  /// percentage points: `0.99个百分点`.
  static func difference(_ value: Double, unit: String?) -> String {
    number(abs(value)) + (unit == "%" ? "个百分点" : unit ?? "")
  }

  /// Text with ASCII punctuation turned full-width as Chinese documents
  /// write it: `,` `;` `:` `?` `!` (except between two ASCII digits, as in
  /// `1,000` or `10:30`) and every parenthesis.
  static func punctuated(_ text: String) -> String {
    let characters = Array(text)
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for (index, character) in characters.enumerated() {
      switch character {
      case "(": result.append("（")
      case ")": result.append("）")
      case ",", ";", ":", "?", "!":
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        if before.isASCII && before.isNumber && after.isASCII && after.isNumber {
          result.append(character)
        } else {
          result.append(fullWidth[character] ?? character)
        }
      default: result.append(character)
      }
    }
    return result
  }

  private static let fullWidth: [Character: Character] = [
    ",": "，", ";": "；", ":": "：", "?": "？", "!": "！",
  ]
}
