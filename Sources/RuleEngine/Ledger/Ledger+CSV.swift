extension Ledger {
  /// The ledger as CSV for spreadsheets: UTF-8 with a byte order mark (so
  /// that Excel reads the Chinese), CRLF line ends and RFC 4180 quoting.
  ///
  /// Row 1 names the format, the plan and the day (`截至日期 (as_of)`, empty
  /// unless given); row 2 is the header, `中文名 (key)` per column; then one
  /// row per instance. Cells a spreadsheet would run as a formula are
  /// neutralised with a leading `'`, which `LedgerSnapshot` removes again.
  public func csv() -> String {
    let width = LedgerColumn.allCases.count
    var metadata = [LedgerMetadata.firstCell]
    metadata += [LedgerMetadata.Key.plan.label, planID]
    metadata += [LedgerMetadata.Key.asOf.label, asOf?.description ?? ""]
    metadata += [LedgerMetadata.Key.title.label, planTitle]
    if let body { metadata += [LedgerMetadata.Key.body.label, "\(body.name) (\(body.id))"] }
    metadata += Array(repeating: "", count: max(0, width - metadata.count))
    var text = "\u{FEFF}" + CSVText.record(metadata)
    text += CSVText.record(LedgerColumn.allCases.map(\.header))
    for row in rows { text += CSVText.record(row.cells) }
    return text
  }
}
