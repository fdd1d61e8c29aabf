public import RuleParser

/// The serial numbers and cell references of SpreadsheetML (.xlsx).
public enum SpreadsheetCell {
  /// Day 0 of the spreadsheet date serials (Excel's 1900 system, with its
  /// phantom 1900-02-29, counts from 1899-12-30 for every date after February 1900).
  static let epoch = Day(ordinal: -25_569)

  /// The serial number of a day: 2017-07-31 is 42947.
  public static func serial(of day: Day) -> Int { epoch.days(until: day) }

  /// The day of a serial number; the time of day, if any, is dropped.
  public static func day(serial: Double) -> Day? {
    guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
    return epoch.adding(days: Int(serial.rounded(.down)))
  }

  /// The column letters of a 1-based column number: 1 → `A`, 27 → `AA`.
  public static func letters(_ column: Int) -> String {
    var number = column
    var result = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      result = String(UnicodeScalar(UInt8(65 + remainder))) + result
      number = (number - 1) / 26
    }
    return result
  }

  /// The 1-based row and column of a reference such as `AB12`, or `nil`.
  public static func position(_ reference: String) -> (row: Int, column: Int)? {
    var column = 0
    var row = 0
    var inDigits = false
    for scalar in reference.unicodeScalars {
      switch scalar {
      case "A"..."Z" where !inDigits:
        column = column * 26 + Int(scalar.value) - 64
      case "0"..."9":
        inDigits = true
        row = row * 10 + Int(scalar.value) - 48
      default:
        return nil
      }
      guard column < 20_000, row < 10_000_000 else { return nil }
    }
    return column > 0 && row > 0 ? (row, column) : nil
  }
}
