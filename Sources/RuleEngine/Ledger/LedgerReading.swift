import RuleParser

/// One read-back of a ledger: bytes → text → records → metadata, header and
/// entries → snapshot.
struct LedgerReading {
  let file: String
  let graph: ObligationGraph

  func read(
    _ bytes: [UInt8], path: String, asOf override: Day?, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    guard let records = records(bytes, diagnostics: &diagnostics) else { return nil }
    let start = SourceRange(at: SourceLocation(file: file, line: 1, column: 1))
    guard let headerAt = records.firstIndex(where: LedgerHeader.isHeader) else {
      diagnostics.report(.ledgerNoHeader(at: start))
      return nil
    }
    let metadata = records[..<headerAt].first(where: LedgerMetadata.isMetadata).map {
      LedgerMetadataReader(file: file).read($0, diagnostics: &diagnostics)
    }
    let header = LedgerHeader(records[headerAt], file: file, diagnostics: &diagnostics)
    let headerStart = records[headerAt].first.map { LedgerCells.range(of: $0, file: file) }
    guard header.index[.status] != nil else {
      diagnostics.report(.ledgerMissingColumn(LedgerColumn.status.header, at: headerStart ?? start))
      return nil
    }
    if let plan = metadata?.plan, plan.value != graph.plan.id {
      diagnostics.report(.ledgerWrongPlan(plan.value, expected: graph.plan.id, at: plan.range))
    }
    var reader = LedgerEntryReader(graph: graph)
    var obligations: [String: InstanceStatus] = [:]
    for record in records[(headerAt + 1)...] {
      let cells = LedgerCells(record: record, header: header, file: file)
      guard !cells.isBlank,
        rowFits(record, columns: records[headerAt].count, header: header, diagnostics: &diagnostics)
      else { continue }
      guard let entry = reader.entry(cells, diagnostics: &diagnostics) else { continue }
      obligations[entry.instance.value] = entry
    }
    let asOf: Located<Day>
    if let override {
      asOf = Located(override, at: metadata?.asOf?.range ?? metadata?.start ?? start)
    } else if let written = metadata?.asOf {
      asOf = written
    } else {
      if metadata?.asOfIsInvalid != true {
        diagnostics.report(.ledgerNoAsOf(at: metadata?.asOfCell ?? metadata?.start ?? start))
      }
      return nil
    }
    return Snapshot(
      plan: metadata?.plan, asOf: asOf, obligations: obligations, metrics: [:], actions: [],
      path: path)
  }

  /// Reports a row cut short before the status column (E290) or with
  /// filled cells beyond the header (E291); returns whether it has neither.
  private func rowFits(
    _ record: [CSVField], columns: Int, header: LedgerHeader, diagnostics: inout Diagnostics
  ) -> Bool {
    if let extra = record.dropFirst(columns).first(where: {
      !LedgerCells.clean($0.text).isEmpty
    }) {
      diagnostics.report(
        .ledgerRowTooLong(
          cells: record.count, columns: columns,
          at: LedgerCells.range(of: extra, file: file)))
      return false
    }
    let status = header.index[.status] ?? 0
    guard record.count <= status else { return true }
    let cells = LedgerCells(record: record, header: header, file: file)
    diagnostics.report(
      .ledgerRowTooShort(cells: record.count, needed: status + 1, at: cells.range(.status)))
    return false
  }

  private func records(_ bytes: [UInt8], diagnostics: inout Diagnostics) -> [[CSVField]]? {
    switch LedgerText.decode(bytes) {
    case .failure(let invalid):
      let line = LedgerText.line(ofOffset: invalid.offset, in: bytes)
      let location = SourceLocation(file: file, line: line, column: 1, offset: invalid.offset)
      diagnostics.report(.ledgerNotUTF8(at: SourceRange(at: location)))
      return nil
    case .success(let (text, start)):
      switch CSVReader(text, baseOffset: start).records() {
      case .failure(let quote):
        let location = SourceLocation(
          file: file, line: quote.row, column: quote.column, offset: quote.offset)
        diagnostics.report(.ledgerUnterminatedQuote(at: SourceRange(at: location)))
        return nil
      case .success(let records):
        return records
      }
    }
  }
}
