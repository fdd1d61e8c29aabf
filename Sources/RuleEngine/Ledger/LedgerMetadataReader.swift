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
          Diagnostic(
            .error, code: .ledgerUnknownMetadata,
            LocalizedText(
              "unknown label '\(labelText)' in the ledger's first row",
              "台账第一行中有未知的标签 '\(labelText)'"),
            at: LedgerCells.range(of: label, file: file)
          ).suggesting(
            DidYouMean(candidates: keys).suggest(for: written),
            otherwise: LocalizedText(
              "the first row holds 计划 (plan), 截至日期 (as_of), 方案名称 (title), 台账范围 (body)",
              "第一行只包含 计划 (plan)、截至日期 (as_of)、方案名称 (title)、台账范围 (body)")))
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
          diagnostics.report(
            Diagnostic(
              .error, code: .ledgerUnknownScope,
              LocalizedText(
                en: "the ledger's scope '\(value)' is no body of the plan",
                zh: "台账范围 '\(value)' 不是方案中的单位"),
              at: valueRange
            ).suggesting(
              suggestion,
              otherwise: LocalizedText(
                en:
                  "write the body as `rulec ledger --body` does: `兰州市 (lanzhou)`, or leave it empty",
                zh: "请按 `rulec ledger --body` 的写法填写，如“兰州市 (lanzhou)”，或留空")))
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
        .error(
          .ledgerUnknownVersion,
          LocalizedText(
            en: "unknown ledger format '\(version)'; this rulec reads '\(LedgerMetadata.format)'",
            zh: "未知的台账格式“\(version)”；本版本 rulec 读取“\(LedgerMetadata.format)”"),
          at: range))
    }
  }
}
