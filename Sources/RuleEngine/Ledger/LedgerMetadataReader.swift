import RuleParser

/// What the first row of a filled-in ledger says.
struct LedgerMetadataValues {
  /// The plan's id, when written.
  var plan: Located<String>?
  /// The day the ledger describes, when written and valid.
  var asOf: Located<Day>?
  /// Where the `as_of` value is (or would be), for a message that it is missing.
  var asOfCell: SourceRange?
  /// Whether an `as_of` was written but is no date (already reported).
  var asOfIsInvalid = false
  /// The body the ledger was made for (`rulec ledger --body`), when written.
  var scope: String?
  /// The row's first cell.
  var start: SourceRange
}

/// Reads the metadata row: `整改台账 (rulec-ledger/1)`, then label/value pairs.
struct LedgerMetadataReader {
  let file: String
  let graph: ObligationGraph

  func read(_ record: [CSVField], diagnostics: inout Diagnostics) -> LedgerMetadataValues {
    let start =
      record.first.map { LedgerCells.range(of: $0, file: file) }
      ?? SourceRange(at: SourceLocation(file: file, line: 1, column: 1))
    var values = LedgerMetadataValues(start: start)
    if let first = record.first {
      checkVersion(LedgerCells.clean(first.text), at: start, diagnostics: &diagnostics)
    }
    var position = 1
    while position < record.count {
      defer { position += 2 }
      let label = record[position]
      let labelText = LedgerCells.clean(label.text)
      guard !labelText.isEmpty else { continue }
      guard let key = LedgerMetadata.Key.named(labelText) else {
        let written = LedgerHeaderKey.key(in: labelText) ?? labelText
        let keys = LedgerMetadata.Key.allCases.map(\.rawValue)
        diagnostics.report(
          .ledgerUnknownMetadata(
            labelText, suggestion: DidYouMean(candidates: keys).suggest(for: written),
            at: LedgerCells.range(of: label, file: file)))
        continue
      }
      let valueField = position + 1 < record.count ? record[position + 1] : nil
      let valueRange =
        valueField.map { LedgerCells.range(of: $0, file: file) }
        ?? SourceRange(
          at: SourceLocation(file: file, line: label.row, column: label.column + 1))
      let value = valueField.map { LedgerCells.clean($0.text) } ?? ""
      switch key {
      case .plan:
        if !value.isEmpty { values.plan = Located(value, at: valueRange) }
      case .asOf:
        values.asOfCell = valueRange
        guard !value.isEmpty else { continue }
        if let day = ReportedValue.day(value) {
          values.asOf = Located(day, at: valueRange)
        } else {
          values.asOfIsInvalid = true
          diagnostics.report(.ledgerBadDate(key.label, found: value, at: valueRange))
        }
      case .body:
        guard !value.isEmpty else { continue }
        let id = LedgerHeaderKey.key(in: value) ?? value
        if graph.body(id) != nil {
          values.scope = id
        } else {
          let suggestion = DidYouMean(candidates: graph.bodies.map(\.id)).suggest(for: id)
          diagnostics.report(.ledgerUnknownScope(value, suggestion: suggestion, at: valueRange))
        }
      case .title:
        continue
      }
    }
    return values
  }

  /// Reports E292 when the first cell names a format other than `rulec-ledger/1`.
  private func checkVersion(_ text: String, at range: SourceRange, diagnostics: inout Diagnostics) {
    guard let marker = text.range(of: "rulec-ledger/") else { return }
    let version = "rulec-ledger/" + text[marker.upperBound...].prefix { $0 != ")" && $0 != "）" }
    if version != LedgerMetadata.format {
      diagnostics.report(
        .ledgerUnknownVersion(version, known: LedgerMetadata.format, at: range))
    }
  }
}
