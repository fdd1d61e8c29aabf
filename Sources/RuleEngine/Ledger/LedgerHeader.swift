import RuleParser

/// The header row of a ledger: which field holds which column.
///
/// A header cell names its column by the key in parentheses (`状态 (status)`),
/// by the bare key, or by the Chinese name; other cells are the user's own
/// columns and are skipped, unless they end in an unknown key in parentheses.
struct LedgerHeader {
  /// The 0-based field index of each column found.
  var index: [LedgerColumn: Int]

  /// Whether a record is a header row: some cell names the `id` column.
  static func isHeader(_ record: [CSVField]) -> Bool {
    record.contains { LedgerColumn.named($0.text) == .id }
  }

  /// Reads a header row, reporting unknown keys and repeated columns.
  init(_ record: [CSVField], file: String, diagnostics: inout Diagnostics) {
    var index: [LedgerColumn: Int] = [:]
    for (position, field) in record.enumerated() {
      let range = LedgerCells.range(of: field, file: file)
      guard let column = LedgerColumn.named(field.text) else {
        if let key = LedgerHeaderKey.key(in: field.text) {
          let keys = LedgerColumn.allCases.map(\.key)
          diagnostics.report(
            .ledgerUnknownKey(
              key, suggestion: DidYouMean(candidates: keys).suggest(for: key.lowercased()),
              known: keys, at: range))
        }
        continue
      }
      if let first = index[column] {
        diagnostics.report(
          .ledgerDuplicateColumn(
            column.header, at: range,
            first: LedgerCells.range(of: record[first], file: file)))
        continue
      }
      index[column] = position
    }
    self.index = index
  }
}
