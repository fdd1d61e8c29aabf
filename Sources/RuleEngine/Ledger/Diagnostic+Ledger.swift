public import RuleParser

/// The catalogue of ledger diagnostics (E140–E159): a filled-in ledger CSV
/// that cannot be read back as a snapshot. A ledger's locations are
/// `ledger.csv:ROW:COLUMN`, the row and column (field number) a spreadsheet
/// shows. Ids never change once published; new ones go at the end.
extension Diagnostic {
  /// E140: a ledger file that is not UTF-8 (Excel's plain "CSV" in a Chinese
  /// locale is GBK).
  public static func ledgerNotUTF8(at range: SourceRange) -> Diagnostic {
    error(
      .ledgerNotUTF8, LocalizedText("the ledger is not UTF-8 text", "台账文件不是 UTF-8 编码"), at: range)
  }

  /// E141: a quoted cell whose closing quote is missing.
  public static func ledgerUnterminatedQuote(at range: SourceRange) -> Diagnostic {
    error(
      .ledgerUnterminatedQuote,
      LocalizedText("this cell opens a double quote that is never closed", "此单元格的双引号没有闭合"),
      at: range)
  }

  /// E142: no header row with an `id` column.
  public static func ledgerNoHeader(at range: SourceRange) -> Diagnostic {
    error(
      .ledgerNoHeader,
      LocalizedText("the ledger has no header row with an '编号 (id)' column", "台账缺少含“编号 (id)”列的表头行"),
      at: range)
  }

  /// E143: a column the read-back needs is missing from the header.
  public static func ledgerMissingColumn(_ header: String, at range: SourceRange) -> Diagnostic {
    error(
      .ledgerMissingColumn,
      LocalizedText("the header row has no '\(header)' column", "表头行缺少“\(header)”列"), at: range,
      help: LocalizedText(
        "add a column headed '\(header)', or start again from `rulec ledger`",
        "请添加表头为“\(header)”的列，或重新用 `rulec ledger` 生成台账"))
  }

  /// E144: a header or metadata label naming a key the ledger does not have.
  public static func ledgerUnknownKey(
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
  public static func ledgerDuplicateColumn(
    _ header: String, at range: SourceRange, first: SourceRange
  ) -> Diagnostic {
    duplicate(
      .ledgerDuplicateColumn, LocalizedText("a second '\(header)' column", "重复的“\(header)”列"),
      at: range, first: first)
  }

  /// E146: a row for an instance the plan does not have.
  public static func ledgerUnknownInstance(
    _ id: String, suggestion: String?, instancesOfObligation: [String], at range: SourceRange
  ) -> Diagnostic {
    unknownInstance(
      id, code: .ledgerUnknownInstance, suggestion: suggestion,
      instancesOfObligation: instancesOfObligation,
      perInstanceHelp: LocalizedText(
        "fill in one row per instance, by the ids `rulec ledger` writes",
        "请按 `rulec ledger` 生成的实例编号逐行填写"),
      otherwise: LocalizedText(
        "keep the ids `rulec ledger` writes; regenerate the ledger after a rule change",
        "请保留 `rulec ledger` 生成的编号；规则修改后请重新生成台账"), at: range)
  }

  /// E147: two rows for one instance.
  public static func ledgerDuplicateRow(_ id: String, at range: SourceRange, first: SourceRange)
    -> Diagnostic
  {
    duplicate(
      .ledgerDuplicateRow, LocalizedText("a second row for '\(id)'", "'\(id)' 有重复的行"), at: range,
      first: first, firstNote: LocalizedText("the first is here", "第一行在此"))
  }

  /// E148: a status cell with a word that is no status.
  public static func ledgerBadStatus(_ value: String, suggestion: String?, at range: SourceRange)
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
  public static func ledgerBadDate(_ header: String, found: String, at range: SourceRange)
    -> Diagnostic
  {
    ledgerBadCell(
      .ledgerBadDate, header, LocalizedText("a date", "日期"), found: found, at: range)
  }

  /// E150: a false-report cell that is neither yes nor no.
  public static func ledgerBadFlag(_ header: String, found: String, at range: SourceRange)
    -> Diagnostic
  {
    ledgerBadCell(
      .ledgerBadFlag, header, LocalizedText("yes or no", "“是”或“否”"), found: found, at: range)
  }

  /// E151: a progress cell that is not a share from 0 to 1.
  public static func ledgerBadProgress(_ header: String, found: String, at range: SourceRange)
    -> Diagnostic
  {
    ledgerBadCell(
      .ledgerBadProgress, header,
      LocalizedText("a share from 0 to 1 or a percentage", "0 至 1 的比例或百分数"), found: found,
      at: range)
  }

  /// E152: a row with status values but no status.
  public static func ledgerValuesWithoutStatus(
    _ id: String, at range: SourceRange, status: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerValuesWithoutStatus,
      LocalizedText(
        "the row of '\(id)' has status values but no status", "'\(id)' 这一行填写了进展信息，但没有填写状态"),
      at: range
    ).note(LocalizedText("the status cell is empty", "状态单元格为空"), at: status).helped(nil)
  }

  /// E153: no day for the ledger to describe.
  public static func ledgerNoAsOf(at range: SourceRange) -> Diagnostic {
    error(
      .ledgerNoAsOf, LocalizedText("the ledger has no '截至日期 (as_of)' date", "台账缺少“截至日期 (as_of)”"),
      at: range)
  }

  /// E154: a row with a status but no instance id.
  public static func ledgerNoInstanceID(at range: SourceRange) -> Diagnostic {
    error(
      .ledgerNoInstanceID,
      LocalizedText("this row has a status but no instance id", "这一行填写了状态，但没有实例编号"), at: range)
  }

  /// E155: a ledger of another plan.
  public static func ledgerWrongPlan(_ found: String, expected: String, at range: SourceRange)
    -> Diagnostic
  {
    wrongPlan(
      .ledgerWrongPlan, LocalizedText("ledger", "台账"), found: found, expected: expected, at: range)
  }

  /// E158: a label of the ledger's first row that names no metadata.
  public static func ledgerUnknownMetadata(
    _ key: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerUnknownMetadata,
      LocalizedText("unknown label '\(key)' in the ledger's first row", "台账第一行中有未知的标签 '\(key)'"),
      at: range
    ).suggesting(
      suggestion,
      otherwise: LocalizedText(
        "the first row holds 计划 (plan), 截至日期 (as_of), 方案名称 (title), 台账范围 (body)",
        "第一行只包含 计划 (plan)、截至日期 (as_of)、方案名称 (title)、台账范围 (body)"))
  }
}
