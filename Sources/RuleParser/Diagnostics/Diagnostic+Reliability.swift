/// The diagnostics of hostile or careless input, E280–E299: inputs over a
/// limit, paths outside the repository, files that are not regular files,
/// plans that expand without bound, and values that used to be accepted
/// silently. Kept in code order; a code never changes its meaning.
extension Diagnostic {
  /// E280: an input (snapshot, ledger, standard input) over the size limit.
  public static func inputTooLarge(_ name: String, bytes: Int, limit: Int) -> Diagnostic {
    let size = bytes > limit + 1 ? "is \(bytes) bytes, " : "is "
    return Diagnostic(
      .error, code: .inputTooLarge,
      LocalizedText(
        en: "'\(name)' \(size)over the limit of \(limit) bytes",
        zh: "“\(name)”超过了 \(limit) 字节的上限"),
      at: nil
    ).help(
      LocalizedText(
        en: "split the input, check that the right file was named, or raise the limit"
          + " with --max-input-size",
        zh: "请拆分输入，或确认所指定的文件无误，或用 --max-input-size 提高上限"))
  }

  /// E281: the plan's `document:` lies outside the repository of the rules.
  public static func documentOutsideRepository(_ path: String, at range: SourceRange) -> Diagnostic
  {
    .error(
      .documentOutsideRepository,
      LocalizedText(
        en: "document '\(path)' lies outside the repository that holds the rules",
        zh: "文件“\(path)”不在规则所在的仓库之内"),
      at: range,
      help: LocalizedText(
        en: "keep the plan's source document in the repository (the nearest folder above"
          + " the rules with a .git), beside the rules",
        zh: "请把方案原文放在仓库中，与规则放在一起"))
  }

  /// E282: the plan's `document:` is not a regular file, or is over the limit.
  public static func documentNotReadable(
    _ path: String, reason: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .documentNotReadable,
      LocalizedText(
        en: "document '\(path)' cannot be used: \(reason.en)",
        zh: "文件“\(path)”无法使用：\(reason.zh)"),
      at: range,
      help: LocalizedText(
        en: "name a regular UTF-8 text file under the document size limit"
          + " (--max-document-size)",
        zh: "请指定不超过大小上限（--max-document-size）的普通 UTF-8 文本文件"))
  }

  /// E283: a file in the rules folder is a named pipe, device or socket.
  public static func ruleFileNotRegular(_ path: String, reason: LocalizedText) -> Diagnostic {
    .error(
      .ruleFileNotRegular,
      LocalizedText(
        en: "'\(path)' is not a regular file: \(reason.en)",
        zh: "“\(path)”不是普通文件：\(reason.zh)"),
      at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1, offset: 0)),
      help: LocalizedText(
        en: "remove it from the rules folder; rule files are plain YAML files",
        zh: "请将其移出规则目录；规则文件应为普通 YAML 文件"))
  }

  /// E284: a folder below the rules folder cannot be read, or is a symbolic link.
  public static func ruleFolderUnreadable(_ path: String, reason: LocalizedText) -> Diagnostic {
    .error(
      .ruleFolderUnreadable,
      LocalizedText(
        en: "folder '\(path)' of the rules cannot be read: \(reason.en)",
        zh: "规则目录中的“\(path)”无法读取：\(reason.zh)"),
      at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1, offset: 0)),
      help: LocalizedText(
        en: "make the folder readable, or move the rules it should hold into the rules folder",
        zh: "请使该目录可读，或把其中的规则移入规则目录"))
  }

  /// E285: an obligation expands into more instances than the limit allows.
  public static func tooManyInstances(
    _ id: String, count: Int, limit: Int, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .tooManyInstances,
      LocalizedText(
        en: "obligation '\(id)' would bring the instances to \(count), over the limit of \(limit)",
        zh: "义务“\(id)”展开后实例将达 \(count) 个，超过 \(limit) 个的上限"),
      at: range,
      help: LocalizedText(
        en: "narrow its bodies, or its from/until span or recurrence; a plan this large"
          + " raises the limit with --max-instances",
        zh: "请缩小其责任单位范围，或缩短 from/until 期间、放宽重复周期；确需如此规模的方案可用"
          + " --max-instances 提高上限"))
  }

  /// E286: an obligation's dependencies make more edges than the limit allows.
  public static func tooManyDependencyEdges(
    _ id: String, count: Int, limit: Int, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .tooManyDependencyEdges,
      LocalizedText(
        en:
          "obligation '\(id)' would bring the dependency edges to \(count), over the limit of \(limit)",
        zh: "义务“\(id)”的依赖关系将达 \(count) 条，超过 \(limit) 条的上限"),
      at: range,
      help: LocalizedText(
        en: "make it depend on duties of the same bodies, so that each body waits for its own"
          + " (or raise the limit with --max-dependencies)",
        zh: "请让其依赖相同单位的事项，使每个单位只等待本单位的事项（或用 --max-dependencies 提高上限）"))
  }

  /// E287: a YAML tag outside the core schema.
  static func yamlUnsupportedTag(_ tag: String, at range: SourceRange) -> Diagnostic {
    .error(
      .unsupportedTag,
      LocalizedText(
        en: "YAML tag '\(tag)' is not supported",
        zh: "不支持 YAML 标签“\(tag)”"),
      at: range,
      help: LocalizedText(
        en: "remove the tag; rule files use plain scalars, lists and mappings"
          + " (core tags such as !!str are accepted)",
        zh: "请删除该标签；规则文件只使用普通标量、列表和映射（!!str 等核心标签可用）"))
  }

  /// E288: a body names itself as its parent.
  public static func bodyOwnParent(_ id: String, at range: SourceRange) -> Diagnostic {
    .error(
      .bodyOwnParent,
      LocalizedText(
        en: "body '\(id)' names itself as its parent", zh: "单位“\(id)”把自己列为上级单位"),
      at: range,
      help: LocalizedText(
        en: "name the body it reports to, or remove parent:", zh: "请填写其上级单位，或删除 parent:"))
  }

  /// E289: a deadline after 9999-12-31, which calendars cannot write.
  public static func deadlineAfterYear9999(_ id: String, at range: SourceRange) -> Diagnostic {
    .error(
      .deadlineAfterYear9999,
      LocalizedText(
        en: "obligation '\(id)' has a deadline after 9999-12-31",
        zh: "义务“\(id)”的期限晚于 9999年12月31日"),
      at: range, help: LocalizedText(en: "correct the year", zh: "请更正年份"))
  }

  /// E290: a ledger row ends before its status column.
  public static func ledgerRowTooShort(
    cells: Int, needed: Int, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .ledgerRowTooShort,
      LocalizedText(
        en: "the row has \(cells) cells and ends before the status column (column \(needed))",
        zh: "该行只有 \(cells) 个单元格，在状态列（第 \(needed) 列）之前就结束了"),
      at: range,
      help: LocalizedText(
        en: "fill in the row up to its status, or remove it",
        zh: "请把该行填写到状态列，或删除该行"))
  }

  /// E291: a ledger row has more cells than the header.
  public static func ledgerRowTooLong(
    cells: Int, columns: Int, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .ledgerRowTooLong,
      LocalizedText(
        en: "the row has \(cells) cells, more than the \(columns) columns of the header",
        zh: "该行有 \(cells) 个单元格，多于表头的 \(columns) 列"),
      at: range,
      help: LocalizedText(
        en: "remove the extra cells, or add their column to the header",
        zh: "请删除多余的单元格，或在表头中加入相应的列"))
  }

  /// E292: a ledger of a format version this rulec does not know.
  public static func ledgerUnknownVersion(
    _ version: String, known: String, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .ledgerUnknownVersion,
      LocalizedText(
        en: "unknown ledger format '\(version)'; this rulec reads '\(known)'",
        zh: "未知的台账格式“\(version)”；本版本 rulec 读取“\(known)”"),
      at: range,
      help: LocalizedText(
        en: "write the ledger again with `rulec ledger`, or use the rulec that wrote it",
        zh: "请用 `rulec ledger` 重新生成台账，或使用生成它的 rulec 版本"))
  }

  /// E293: `coverage --min` is not a percentage.
  public static func minimumNotPercentage(_ text: String) -> Diagnostic {
    Diagnostic(
      .error, code: .minimumNotPercentage,
      LocalizedText(
        en: "--min: '\(text)' is not a percentage from 0 to 100",
        zh: "--min：“\(text)”不是 0 到 100 之间的百分比"),
      at: nil
    ).help(LocalizedText(en: "write a number such as 80", zh: "请写一个数，例如 80"))
  }
}
