import RuleParser

/// One read-back of a ledger: bytes → text → records → metadata, header and
/// entries → snapshot.
struct LedgerReading {
  let file: String
  let graph: ObligationGraph
  var encoding: LedgerEncoding = .auto

  /// Reads a ledger CSV's bytes, or an .xlsx workbook's (by its zip signature).
  func read(
    _ bytes: [UInt8], path: String, asOf override: Day?, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    let isWorkbook = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    let records =
      isWorkbook
      ? workbookRecords(bytes, diagnostics: &diagnostics)
      : records(bytes, diagnostics: &diagnostics)
    guard let records else { return nil }
    return read(
      records: records, path: path, asOf: override, rowsArePadded: !isWorkbook,
      into: &diagnostics)
  }

  private func read(
    records: [[CSVField]], path: String, asOf override: Day?, rowsArePadded: Bool,
    into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    let start = SourceRange(at: SourceLocation(file: file, line: 1, column: 1))
    guard let headerAt = records.firstIndex(where: LedgerHeader.isHeader) else {
      diagnostics.report(
        .error(
          .ledgerNoHeader,
          LocalizedText(
            "the ledger has no header row with an '编号 (id)' column", "台账缺少含“编号 (id)”列的表头行"),
          at: start))
      return nil
    }
    let metadata = records[..<headerAt].first(where: LedgerMetadata.isMetadata).map {
      LedgerMetadataReader(file: file, graph: graph).read($0, diagnostics: &diagnostics)
    }
    if let joined = records[(headerAt + 1)...].first(where: {
      LedgerMetadata.isMetadata($0) || LedgerHeader.isHeader($0)
    }) {
      let first = records[...headerAt].first(where: LedgerMetadata.isMetadata) ?? records[headerAt]
      diagnostics.report(
        .ledgerJoined(
          at: LedgerCells.range(of: joined[0], file: file),
          first: LedgerCells.range(of: first[0], file: file)))
      return nil
    }
    let header = LedgerHeader(records[headerAt], file: file, diagnostics: &diagnostics)
    let headerStart = records[headerAt].first.map { LedgerCells.range(of: $0, file: file) }
    guard header.index[.status] != nil else {
      diagnostics.report(
        .error(
          .ledgerMissingColumn,
          LocalizedText(
            "the header row has no '\(LedgerColumn.status.header)' column",
            "表头行缺少“\(LedgerColumn.status.header)”列"), at: headerStart ?? start,
          help: LocalizedText(
            "add a column headed '\(LedgerColumn.status.header)', or start again from `rulec ledger`",
            "请添加表头为“\(LedgerColumn.status.header)”的列，或重新用 `rulec ledger` 生成台账")))
      return nil
    }
    if let plan = metadata?.plan, plan.value != graph.plan.id {
      diagnostics.report(
        .wrongPlan(
          .ledgerWrongPlan, LocalizedText("ledger", "台账"), found: plan.value,
          expected: graph.plan.id, at: plan.range))
    }
    var reader = LedgerEntryReader(graph: graph)
    var obligations = InstanceStatusTable()
    var actions: [RecordedAction] = []
    for record in records[(headerAt + 1)...] {
      let cells = LedgerCells(record: record, header: header, file: file)
      guard !cells.isBlank,
        rowFits(
          record, columns: records[headerAt].count, header: header,
          checkLength: rowsArePadded, diagnostics: &diagnostics)
      else { continue }
      guard let row = reader.row(cells, diagnostics: &diagnostics) else { continue }
      if let entry = row.entry { obligations.set(entry, for: entry.instance.value) }
      actions += row.actions
    }
    let asOf: Located<Day>
    if let override {
      asOf = Located(override, at: metadata?.asOf?.range ?? metadata?.start ?? start)
    } else if let written = metadata?.asOf {
      asOf = written
    } else {
      if metadata?.asOfIsInvalid != true {
        diagnostics.report(
          .error(
            .ledgerNoAsOf,
            LocalizedText("the ledger has no '截至日期 (as_of)' date", "台账缺少“截至日期 (as_of)”"),
            at: metadata?.asOfCell ?? metadata?.start ?? start))
      }
      return nil
    }
    return Snapshot(
      plan: metadata?.plan, asOf: asOf, obligations: obligations, metrics: [:], actions: actions,
      path: path, scope: metadata?.scope.map { Set(graph.expand(body: $0)) })
  }

  private func workbookRecords(
    _ bytes: [UInt8], diagnostics: inout Diagnostics
  ) -> [[CSVField]]? {
    do {
      return try WorkbookReader(bytes).records()
    } catch {
      let start = SourceRange(at: SourceLocation(file: file, line: 1, column: 1))
      diagnostics.report(.workbookUnreadable(error.reason, at: start))
      return nil
    }
  }

  /// Reports a row cut short before the status column (E290, only where
  /// rows are written in full: CSV, not a workbook, which leaves out empty
  /// trailing cells) or with filled cells beyond the header (E291); returns
  /// whether it has neither.
  private func rowFits(
    _ record: [CSVField], columns: Int, header: LedgerHeader, checkLength: Bool,
    diagnostics: inout Diagnostics
  ) -> Bool {
    if let extra = record.dropFirst(columns).first(where: {
      !LedgerCells.clean($0.text).isEmpty
    }) {
      diagnostics.report(
        .ledgerRowTooLong(
          cells: record.count, columns: columns, at: LedgerCells.range(of: extra, file: file)))
      return false
    }
    let status = header.index[.status] ?? 0
    guard checkLength, record.count <= status else { return true }
    let cells = LedgerCells(record: record, header: header, file: file)
    diagnostics.report(
      .ledgerRowTooShort(cells: record.count, needed: status + 1, at: cells.range(.status)))
    return false
  }

  private func records(_ bytes: [UInt8], diagnostics: inout Diagnostics) -> [[CSVField]]? {
    switch LedgerText.decode(bytes, encoding: encoding) {
    case .failure(let invalid):
      let line = LedgerText.line(ofOffset: invalid.offset, in: bytes)
      let location = SourceRange(
        at: SourceLocation(file: file, line: line, column: 1, offset: invalid.offset))
      diagnostics.report(.ledgerNotText(invalid.reason, encoding: encoding, at: location))
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
