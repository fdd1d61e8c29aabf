import Foundation

/// The RFC 4180 spelling of CSV fields and records, and the neutralisation
/// of cells a spreadsheet would run as a formula.
enum CSVText {
  /// The characters that make a spreadsheet read a cell as a formula when
  /// they begin it (OWASP's list), plus the neutralising quote itself so
  /// that neutralising can always be undone.
  static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "'"]

  /// The cell with a `'` put before it when it begins with a formula trigger:
  /// `=SUM(A1)` becomes `'=SUM(A1)`, shown as text by spreadsheets.
  static func neutralised(_ value: String) -> String {
    guard let first = value.unicodeScalars.first, isTrigger(first) else { return value }
    return "'" + value
  }

  /// Undoes `neutralised(_:)`: drops a `'` that stands before a trigger.
  static func restored(_ value: String) -> String {
    let scalars = value.unicodeScalars
    guard scalars.first == "'", let second = scalars.dropFirst().first, isTrigger(second)
    else { return value }
    return String(value.unicodeScalars.dropFirst())
  }

  /// The field as written in a record: in double quotes, with inner quotes
  /// doubled, when it holds a comma, a quote or a line break.
  static func field(_ value: String) -> String {
    let needsQuotes = value.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record: the fields, neutralised and quoted, comma-separated, ended by CRLF.
  static func record(_ values: [String]) -> String {
    values.map { field(neutralised($0)) }.joined(separator: ",") + "\r\n"
  }

  private static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
    formulaTriggers.contains(Character(scalar))
  }
}
