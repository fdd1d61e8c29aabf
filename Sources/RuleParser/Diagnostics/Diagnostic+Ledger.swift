/// The catalogue of ledger and graph-export diagnostics (E140–E159): a
/// filled-in ledger CSV that cannot be read back as a snapshot, and the
/// options of `rulec ledger` and `rulec graph`. A ledger's locations are
/// `ledger.csv:ROW:COLUMN`, the row and column (field number) a spreadsheet
/// shows. Ids never change once published; new ones go at the end.
extension Diagnostic {
  /// E140: a ledger file that is not UTF-8 (Excel's plain "CSV" in a Chinese
  /// locale is GBK).
  public static func ledgerNotUTF8(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E140",
      LocalizedText(en: "the ledger is not UTF-8 text", zh: "台账文件不是 UTF-8 编码"), at: range
    ).help(
      LocalizedText(
        en: "save it as \"CSV UTF-8 (Comma delimited)\" (Excel) or as UTF-8 CSV",
        zh: "请另存为\"CSV UTF-8(逗号分隔)\"(Excel)或 UTF-8 编码的 CSV"))
  }

  /// E141: a quoted cell whose closing quote is missing.
  public static func ledgerUnterminatedQuote(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E141",
      LocalizedText(
        en: "this cell opens a double quote that is never closed",
        zh: "此单元格的双引号没有闭合"),
      at: range
    ).help(
      LocalizedText(
        en: "close the quote, and double every quote inside the cell (\"\")",
        zh: "请补上闭合的引号,单元格内的引号请写成两个(\"\")"))
  }

  /// E142: no header row with an `id` column.
  public static func ledgerNoHeader(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E142",
      LocalizedText(
        en: "the ledger has no header row with an '编号 (id)' column",
        zh: "台账缺少含\"编号 (id)\"列的表头行"),
      at: range
    ).help(
      LocalizedText(
        en: "keep the header row that `rulec ledger` writes (the row after the first)",
        zh: "请保留 `rulec ledger` 生成的表头行(第一行之后的一行)"))
  }

  /// E143: a column the read-back needs is missing from the header.
  public static func ledgerMissingColumn(_ header: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E143",
      LocalizedText(
        en: "the header row has no '\(header)' column", zh: "表头行缺少\"\(header)\"列"),
      at: range
    ).help(
      LocalizedText(
        en: "add a column headed '\(header)', or start again from `rulec ledger`",
        zh: "请添加表头为\"\(header)\"的列,或重新用 `rulec ledger` 生成台账"))
  }

  /// E144: a header or metadata label naming a key the ledger does not have.
  public static func ledgerUnknownKey(
    _ key: String, suggestion: String?, known: [String], at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E144",
      LocalizedText(en: "unknown ledger key '\(key)'", zh: "未知的台账键 '\(key)'"), at: range)
    let list = known.joined(separator: ", ")
    return diagnostic.suggesting(
      suggestion,
      otherwise:
        LocalizedText(
          en: "keys: \(list); a column of your own must not end in a key in parentheses",
          zh: "可用的键:\(list);自行添加的列,其表头不要以括号中的键结尾"))
  }

  /// E145: two header cells naming the same column.
  public static func ledgerDuplicateColumn(
    _ header: String, at range: SourceRange, first: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E145",
      LocalizedText(en: "a second '\(header)' column", zh: "重复的\"\(header)\"列"), at: range
    ).note(LocalizedText(en: "the first is here", zh: "第一个在此"), at: first)
      .help(LocalizedText(en: "keep one of the two columns", zh: "请只保留其中一列"))
  }

  /// E146: a row for an instance the plan does not have.
  public static func ledgerUnknownInstance(
    _ id: String, suggestion: String?, instancesOfObligation: [String], at range: SourceRange
  ) -> Diagnostic {
    unknownInstance(
      id, code: "E146", suggestion: suggestion, instancesOfObligation: instancesOfObligation,
      perInstanceHelp: LocalizedText(
        en: "fill in one row per instance, by the ids `rulec ledger` writes",
        zh: "请按 `rulec ledger` 生成的实例编号逐行填写"),
      otherwise: LocalizedText(
        en: "keep the ids `rulec ledger` writes; regenerate the ledger after a rule change",
        zh: "请保留 `rulec ledger` 生成的编号;规则修改后请重新生成台账"), at: range)
  }

  /// E147: two rows for one instance.
  public static func ledgerDuplicateRow(
    _ id: String, at range: SourceRange, first: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E147",
      LocalizedText(en: "a second row for '\(id)'", zh: "'\(id)' 有重复的行"), at: range
    ).note(LocalizedText(en: "the first is here", zh: "第一行在此"), at: first)
      .help(LocalizedText(en: "keep one row per instance", zh: "每个实例只保留一行"))
  }

  /// E148: a status cell with a word that is no status.
  public static func ledgerBadStatus(
    _ value: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E148",
      LocalizedText(en: "'\(value)' is not a status", zh: "'\(value)' 不是有效的状态"), at: range)
    let list = "not_started/未开始, in_progress/推进中, done/已完成, closed/已销号"
    if let suggestion {
      return diagnostic.help(
        LocalizedText(
          en: "did you mean '\(suggestion)'? (statuses: \(list))",
          zh: "是否应为 '\(suggestion)'?(可选状态:\(list))"))
    }
    return diagnostic.help(LocalizedText(en: "use one of: \(list)", zh: "可选状态:\(list)"))
  }

  /// E149: a date cell (or `--as-of`) that holds no date.
  public static func ledgerBadDate(
    _ header: String, found: String, at range: SourceRange?
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E149",
      LocalizedText(
        en: "'\(header)' must be a date, found '\(found)'",
        zh: "\"\(header)\"必须是日期,实际为 '\(found)'"),
      at: range
    ).help(
      range == nil
        ? LocalizedText(
          en: "write an existing date as YYYY-MM-DD", zh: "请按 YYYY-MM-DD 写出存在的日期")
        : LocalizedText(
          en: "write an existing date as YYYY-MM-DD (2017/7/20 and 2017年7月20日 work too)",
          zh: "请按 YYYY-MM-DD 写出存在的日期(也可写作 2017/7/20 或 2017年7月20日)"))
  }

  /// E150: a false-report cell that is neither yes nor no.
  public static func ledgerBadFlag(_ header: String, found: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, code: "E150",
      LocalizedText(
        en: "'\(header)' must be yes or no, found '\(found)'",
        zh: "\"\(header)\"必须是\"是\"或\"否\",实际为 '\(found)'"),
      at: range
    ).help(
      LocalizedText(
        en: "write 是/否, yes/no or true/false, or leave it empty",
        zh: "请填写 是/否、yes/no 或 true/false,或留空"))
  }

  /// E151: a progress cell that is not a share from 0 to 1.
  public static func ledgerBadProgress(_ header: String, found: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, code: "E151",
      LocalizedText(
        en: "'\(header)' must be a share from 0 to 1 or a percentage, found '\(found)'",
        zh: "\"\(header)\"必须是 0 至 1 的比例或百分数,实际为 '\(found)'"),
      at: range
    ).help(LocalizedText(en: "write 0.6 or 60%", zh: "请写作 0.6 或 60%"))
  }

  /// E152: a row with status values but no status.
  public static func ledgerValuesWithoutStatus(
    _ id: String, at range: SourceRange, status: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E152",
      LocalizedText(
        en: "the row of '\(id)' has status values but no status",
        zh: "'\(id)' 这一行填写了进展信息,但没有填写状态"),
      at: range
    ).note(LocalizedText(en: "the status cell is empty", zh: "状态单元格为空"), at: status)
      .help(
        LocalizedText(
          en: "fill in the status (未开始, 推进中, 已完成 or 已销号), or clear the row's cells",
          zh: "请填写状态(未开始、推进中、已完成或已销号),或清空这一行的进展信息"))
  }

  /// E153: no day for the ledger to describe.
  public static func ledgerNoAsOf(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E153",
      LocalizedText(
        en: "the ledger has no '截至日期 (as_of)' date", zh: "台账缺少\"截至日期 (as_of)\""),
      at: range
    ).help(
      LocalizedText(
        en: "write the date in the cell after '截至日期 (as_of)' in the first row, "
          + "or pass --as-of YYYY-MM-DD",
        zh: "请在第一行\"截至日期 (as_of)\"之后的单元格填写日期,或使用 --as-of YYYY-MM-DD"))
  }

  /// E154: a row with a status but no instance id.
  public static func ledgerNoInstanceID(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E154",
      LocalizedText(
        en: "this row has a status but no instance id", zh: "这一行填写了状态,但没有实例编号"),
      at: range
    ).help(
      LocalizedText(
        en: "restore the row's '编号 (id)' cell from `rulec ledger`",
        zh: "请按 `rulec ledger` 生成的台账恢复该行的\"编号 (id)\""))
  }

  /// E155: a ledger of another plan.
  public static func ledgerWrongPlan(
    _ found: String, expected: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E155",
      LocalizedText(
        en: "the ledger is for plan '\(found)', but the rules are plan '\(expected)'",
        zh: "台账属于计划 '\(found)',而规则是计划 '\(expected)'"),
      at: range
    ).help(
      LocalizedText(
        en: "check --rules, or regenerate the ledger with `rulec ledger`",
        zh: "请检查 --rules,或用 `rulec ledger` 重新生成台账"))
  }

  /// E156: `--body` names no body of the plan.
  public static func unknownBodyOption(_ id: String, suggestion: String?) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E156",
      LocalizedText(en: "--body: unknown body '\(id)'", zh: "--body:未知的单位 '\(id)'"), at: nil)
    return diagnostic.suggesting(
      suggestion,
      otherwise:
        LocalizedText(
          en: "give a body id declared under `bodies:` (a group selects its members)",
          zh: "请使用 `bodies:` 中声明的单位标识(单位组表示其全部成员)"))
  }

  /// E157: `--obligation` names no obligation or instance of the plan.
  public static func unknownObligationOption(_ id: String, suggestion: String?) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E157",
      LocalizedText(
        en: "--obligation: unknown obligation '\(id)'", zh: "--obligation:未知的义务 '\(id)'"),
      at: nil)
    return diagnostic.suggesting(
      suggestion,
      otherwise:
        LocalizedText(
          en: "give an obligation id (or an instance id) of the compiled plan",
          zh: "请使用编译后计划中的义务标识(或实例标识)"))
  }

  /// E158: a label of the ledger's first row that names no metadata.
  public static func ledgerUnknownMetadata(
    _ key: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E158",
      LocalizedText(
        en: "unknown label '\(key)' in the ledger's first row", zh: "台账第一行中有未知的标签 '\(key)'"),
      at: range)
    return diagnostic.suggesting(
      suggestion,
      otherwise:
        LocalizedText(
          en: "the first row holds 计划 (plan), 截至日期 (as_of), 方案名称 (title), 台账范围 (body)",
          zh: "第一行只包含 计划 (plan)、截至日期 (as_of)、方案名称 (title)、台账范围 (body)"))
  }

  /// E159: a file named on the command line that cannot be read.
  public static func unreadableFile(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E159",
      LocalizedText(en: "cannot read '\(path)': \(reason)", zh: "无法读取 '\(path)':\(reason)"),
      at: nil
    ).help(LocalizedText(en: "check the path", zh: "请检查文件路径"))
  }
}
