public import RuleParser

/// The catalogue of ledger diagnostics (E140–E159): a filled-in ledger CSV
/// that cannot be read back as a snapshot. A ledger's locations are
/// `ledger.csv:ROW:COLUMN`, the row and column (field number) a spreadsheet
/// shows. Ids never change once published; new ones go at the end.
extension Diagnostic {
  /// E140, E236, E237: a ledger whose bytes are not text in the encoding asked
  /// for (`--encoding`, UTF-8 or GB18030 when not given).
  static func ledgerNotText(
    _ reason: LedgerText.Failure.Reason, encoding: LedgerEncoding, at range: SourceRange
  ) -> Diagnostic {
    let name = encoding.rawValue
    return switch reason {
    case .notUTF8:
      error(
        .ledgerNotUTF8, LocalizedText("the ledger is not UTF-8 text", "台账文件不是 UTF-8 编码"),
        at: range)
    case .notGB18030:
      error(
        .ledgerWrongEncoding,
        LocalizedText(
          en: "the ledger is not \(name) text (--encoding \(name))",
          zh: "台账文件不是 \(name) 编码（--encoding \(name)）"), at: range)
    case .unknown:
      error(
        .ledgerUnknownEncoding,
        LocalizedText(
          en: "the ledger is neither UTF-8 nor GB18030/GBK text",
          zh: "台账文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本"), at: range)
    }
  }

  /// E141: a cell whose double quote is never closed.
  static func ledgerUnterminatedQuote(at range: SourceRange) -> Diagnostic {
    error(
      .ledgerUnterminatedQuote,
      LocalizedText("this cell opens a double quote that is never closed", "此单元格的双引号没有闭合"),
      at: range)
  }

  /// E144: a header or metadata label naming a key the ledger does not have.
  package static func ledgerUnknownKey(
    _ key: String, suggestion: String?, known: [String], at range: SourceRange
  ) -> Diagnostic {
    let list = known.joined(separator: ", ")
    return unknownName(
      .ledgerUnknownKey, key, LocalizedText("ledger key", "台账键"), suggestion: suggestion,
      otherwise: LocalizedText(
        "keys: \(list); a column of your own must not end in a key in parentheses",
        "可用的键：\(list)；自行添加的列，其表头不要以括号中的键结尾"), at: range)
  }

  /// E145: two header cells naming the same column.
  package static func ledgerDuplicateColumn(
    _ header: String, at range: SourceRange, first: SourceRange
  ) -> Diagnostic {
    duplicate(
      .ledgerDuplicateColumn, LocalizedText("a second '\(header)' column", "重复的“\(header)”列"),
      at: range, first: first)
  }

  /// E148: a status cell with a word that is no status.
  package static func ledgerBadStatus(_ value: String, suggestion: String?, at range: SourceRange)
    -> Diagnostic
  {
    notInSet(
      .ledgerBadStatus, value, LocalizedText("a status", "状态"),
      allowed: "not_started/未开始, in_progress/推进中, done/已完成, closed/已销号",
      listed: LocalizedText("statuses", "状态"), suggestion: suggestion, at: range)
  }

  /// E149–E151: a ledger cell under `header` that is not what its column holds.
  static func ledgerBadCell(
    _ code: DiagnosticCode, _ header: String, _ expected: LocalizedText, found: String,
    at range: SourceRange
  ) -> Diagnostic {
    mustBe(
      code, LocalizedText("'\(header)'", "“\(header)”"), expected, found: quoted(found), at: range)
  }

  /// E149: a date cell that holds no date.
  package static func ledgerBadDate(_ header: String, found: String, at range: SourceRange)
    -> Diagnostic
  {
    ledgerBadCell(
      .ledgerBadDate, header, LocalizedText("a date", "日期"), found: found, at: range)
  }

  /// E152: a row with status values but no status.
  package static func ledgerValuesWithoutStatus(
    _ id: String, at range: SourceRange, status: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerValuesWithoutStatus,
      LocalizedText(
        "the row of '\(id)' has status values but no status", "'\(id)' 这一行填写了进展信息，但没有填写状态"),
      at: range
    ).note(LocalizedText("the status cell is empty", "状态单元格为空"), at: status).helped(nil)
  }

  /// E154: a row with a status but no instance id.
  package static func ledgerNoInstanceID(at range: SourceRange) -> Diagnostic {
    error(
      .ledgerNoInstanceID,
      LocalizedText("this row has a status but no instance id", "这一行填写了状态，但没有实例编号"), at: range)
  }

  /// E238: a `.xlsx` ledger that does not open as a workbook.
  static func workbookUnreadable(_ reason: String, at range: SourceRange) -> Diagnostic {
    error(
      .workbookUnreadable,
      LocalizedText(
        en: "not a readable .xlsx workbook: \(reason)", zh: "无法作为 .xlsx 工作簿读取：\(reason)"),
      at: range)
  }

  /// E290: a ledger row ends before its status column.
  static func ledgerRowTooShort(
    cells: Int, needed: Int, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .ledgerRowTooShort,
      LocalizedText(
        en: "the row has \(cells) cells and ends before the status column (column \(needed))",
        zh: "该行只有 \(cells) 个单元格，在状态列（第 \(needed) 列）之前就结束了"),
      at: range)
  }

  /// E291: a row with filled cells beyond the header's columns.
  static func ledgerRowTooLong(cells: Int, columns: Int, at range: SourceRange) -> Diagnostic {
    error(
      .ledgerRowTooLong,
      LocalizedText(
        en: "the row has \(cells) cells, more than the \(columns) columns of the header",
        zh: "该行有 \(cells) 个单元格，多于表头的 \(columns) 列"), at: range)
  }
}
