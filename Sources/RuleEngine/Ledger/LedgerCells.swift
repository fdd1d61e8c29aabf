import Foundation
import RuleParser

/// The cells of one ledger record, looked up by column through the header.
struct LedgerCells {
  let record: [CSVField]
  let header: LedgerHeader
  let file: String

  /// The cell's text, trimmed and with formula neutralisation undone; empty
  /// when the column or the cell is absent.
  func text(_ column: LedgerColumn) -> String {
    guard let index = header.index[column], index < record.count else { return "" }
    return LedgerCells.clean(record[index].text)
  }

  /// Where the cell of a column is (or would be, in a short record).
  func range(_ column: LedgerColumn) -> SourceRange {
    let index = header.index[column] ?? 0
    let row = record.first?.row ?? 1
    if index < record.count { return LedgerCells.range(of: record[index], file: file) }
    let offset = record.last?.offset ?? 0
    return SourceRange(at: SourceLocation(file: file, line: row, column: index + 1, offset: offset))
  }

  /// The cell as a located value, or `nil` when it is empty.
  func located(_ column: LedgerColumn) -> Located<String>? {
    let value = text(column)
    return value.isEmpty ? nil : Located(value, at: range(column))
  }

  /// Whether every cell of the record is blank.
  var isBlank: Bool {
    record.allSatisfy { $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
  }

  /// A cell's text as the read-back sees it: trimmed, neutralisation undone.
  static func clean(_ text: String) -> String {
    CSVText.restored(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// The zero-width range at a field: `file:row:column`.
  static func range(of field: CSVField, file: String) -> SourceRange {
    SourceRange(
      at: SourceLocation(file: file, line: field.row, column: field.column, offset: field.offset))
  }
}
