public import RuleParser

/// The catalogue of collecting diagnostics (E230–E244): several inputs of
/// `rulec check` merged into one snapshot, ledgers joined by hand, ledger
/// scopes and action columns, text encodings and workbooks. Ids never change
/// once published; new ones go at the end.
extension Diagnostic {
  /// E230: two inputs describe different days.
  public static func inputsAsOfDisagree(
    _ day: String, other: String, at range: SourceRange, otherAt: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .inputsAsOfDisagree,
      LocalizedText(
        en: "this input is as of \(day), another as of \(other)",
        zh: "此输入的截至日期为 \(day)，另一输入为 \(other)"),
      at: range
    ).note(LocalizedText(en: "the other input's day is here", zh: "另一输入的日期在此"), at: otherAt)
      .help(
        LocalizedText(
          en: "collect the returns of one day, or pass --as-of to check them all as of one day",
          zh: "请汇总同一截至日期的报送材料，或用 --as-of 指定统一的截至日期"))
  }

  /// E231: one instance reported differently in two inputs.
  public static func inputsConflictingEntry(
    _ id: String, at range: SourceRange, other: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .inputsConflictingEntry,
      LocalizedText(
        en: "'\(id)' is reported here and, differently, in another input",
        zh: "'\(id)' 在两处报送，内容不一致"),
      at: range
    ).note(LocalizedText(en: "the other report is here", zh: "另一处报送在此"), at: other)
      .help(
        LocalizedText(
          en: "keep one report of the instance, or make both say the same",
          zh: "请只保留一处报送，或使两处内容一致"))
  }

  /// E232: one metric reading on one day with two values in two inputs.
  public static func inputsConflictingReading(
    _ id: String, day: String, at range: SourceRange, other: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .inputsConflictingReading,
      LocalizedText(
        en: "the reading of '\(id)' on \(day) differs from another input's",
        zh: "'\(id)' 在 \(day) 的监测值与另一输入不一致"),
      at: range
    ).note(LocalizedText(en: "the other reading is here", zh: "另一监测值在此"), at: other)
      .help(LocalizedText(en: "keep one value per day", zh: "每天只保留一个监测值"))
  }

  /// E233: a second ledger's first rows inside a ledger (files joined by hand).
  public static func ledgerJoined(at range: SourceRange, first: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerJoined,
      LocalizedText(
        en: "a second ledger starts here: two ledgers were joined into one file",
        zh: "此处开始了第二份台账：两份台账被拼接在同一文件中"),
      at: range
    ).note(LocalizedText(en: "the first ledger starts here", zh: "第一份台账从此处开始"), at: first)
      .help(
        LocalizedText(
          en: "give each ledger to `rulec check` as its own file (several files are merged), "
            + "or delete this row and the header row after it",
          zh: "请把每份台账作为单独的文件交给 `rulec check`（多个文件会自动合并），或删除此行及其后的表头行"))
  }

  /// E234: the ledger's `台账范围 (body)` names no body of the plan.
  public static func ledgerUnknownScope(
    _ value: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerUnknownScope,
      LocalizedText(
        en: "the ledger's scope '\(value)' is no body of the plan",
        zh: "台账范围 '\(value)' 不是方案中的单位"),
      at: range
    ).suggesting(
      suggestion,
      otherwise: LocalizedText(
        en: "write the body as `rulec ledger --body` does: `兰州市 (lanzhou)`, or leave it empty",
        zh: "请按 `rulec ledger --body` 的写法填写，如“兰州市 (lanzhou)”，或留空"))
  }

  /// E235: who took an action, without the date it was taken.
  public static func ledgerActionWithoutDate(
    _ header: String, date: String, at range: SourceRange, dateCell: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerActionWithoutDate,
      LocalizedText(
        en: "'\(header)' is filled in but '\(date)' is empty",
        zh: "已填写“\(header)”，但“\(date)”为空"),
      at: range
    ).note(LocalizedText(en: "the date belongs here", zh: "日期应填在此处"), at: dateCell)
      .help(LocalizedText(en: "write the day the action was taken", zh: "请填写采取措施的日期"))
  }

  /// E236: the bytes are neither UTF-8 nor GB18030 (GBK) text.
  public static func ledgerUnknownEncoding(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerUnknownEncoding,
      LocalizedText(
        en: "the ledger is neither UTF-8 nor GB18030/GBK text",
        zh: "台账文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本"),
      at: range
    ).help(
      LocalizedText(
        en: "save it from the spreadsheet as CSV (UTF-8, or the Chinese default), or as .xlsx",
        zh: "请在电子表格软件中另存为 CSV（UTF-8 或中文默认编码）或 .xlsx"))
  }

  /// E237: the bytes are not of the encoding `--encoding` names.
  public static func ledgerWrongEncoding(_ encoding: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: .ledgerWrongEncoding,
      LocalizedText(
        en: "the ledger is not \(encoding) text (--encoding \(encoding))",
        zh: "台账文件不是 \(encoding) 编码（--encoding \(encoding)）"),
      at: range
    ).help(
      LocalizedText(
        en: "leave --encoding out to detect UTF-8 or GB18030/GBK",
        zh: "去掉 --encoding，由程序自动识别 UTF-8 或 GB18030/GBK"))
  }

  /// E238: a file that should be an .xlsx workbook cannot be read as one.
  public static func workbookUnreadable(_ reason: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: .workbookUnreadable,
      LocalizedText(
        en: "not a readable .xlsx workbook: \(reason)",
        zh: "无法作为 .xlsx 工作簿读取：\(reason)"),
      at: range
    ).help(
      LocalizedText(
        en: "save it again as an Excel workbook (.xlsx), or as CSV",
        zh: "请重新另存为 Excel 工作簿（.xlsx）或 CSV"))
  }

  /// E239: a folder given to `rulec check` holds no snapshot or ledger.
  public static func inputsEmptyFolder(_ path: String) -> Diagnostic {
    Diagnostic(
      .error, code: .inputsEmptyFolder,
      LocalizedText(
        en: "the folder '\(path)' holds no snapshot or ledger (.json, .yaml, .csv, .xlsx)",
        zh: "文件夹 '\(path)' 中没有快照或台账（.json、.yaml、.csv、.xlsx）"),
      at: nil
    ).help(LocalizedText(en: "check the path", zh: "请检查路径"))
  }
}
