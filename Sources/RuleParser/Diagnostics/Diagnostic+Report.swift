/// Diagnostics of the bulletin, dashboard and history options and inputs
/// (E245–E259, W045–W049).
extension Diagnostic {
  /// E245: `--date` (or another date option of a report) is not a date.
  public static func reportDateOption(_ option: String, _ text: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E245",
      LocalizedText(en: "\(option) '\(text)' is not a date", zh: "\(option) '\(text)' 不是日期"),
      at: nil
    ).help(
      LocalizedText(
        en: "write an existing date as YYYY-MM-DD, e.g. \(option) 2017-10-15",
        zh: "请按 YYYY-MM-DD 写出存在的日期，例如 \(option) 2017-10-15"))
  }

  /// E246: `rulec history` was given no snapshot (an empty folder).
  public static func historyEmpty(_ path: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E246",
      LocalizedText(
        en: "no snapshot (*.json) in '\(path)'", zh: "'\(path)' 中没有快照文件（*.json）"),
      at: nil
    ).help(
      LocalizedText(
        en: "give the monthly snapshot files, or the folder that holds them",
        zh: "请给出各月的快照文件，或存放它们的文件夹"))
  }

  /// E247: two snapshots of a history describe the same day.
  public static func historySameDay(_ day: String, _ first: String, _ second: String)
    -> Diagnostic
  {
    Diagnostic(
      .error, code: "E247",
      LocalizedText(
        en: "'\(first)' and '\(second)' both describe \(day)",
        zh: "'\(first)' 与 '\(second)' 描述的是同一天 \(day)"),
      at: nil
    ).help(
      LocalizedText(
        en: "keep one snapshot per day in a history",
        zh: "历史中每天只保留一份快照"))
  }

  /// E248: the SQLite database cannot be written.
  public static func sqliteWrite(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E248",
      LocalizedText(
        en: "cannot write the SQLite database '\(path)': \(reason)",
        zh: "无法写入 SQLite 数据库 '\(path)'：\(reason)"),
      at: nil
    ).help(
      LocalizedText(
        en: "give a writable path for --sqlite; an existing file is replaced",
        zh: "请为 --sqlite 给出可写的路径；已有文件会被替换"))
  }

  /// W045: a later snapshot rewrites what an earlier one recorded.
  public static func historyRewritten(
    _ instance: String, _ what: LocalizedText, earlier: String, later: String
  ) -> Diagnostic {
    Diagnostic(
      .warning, code: "W045",
      LocalizedText(
        en: "'\(later)' rewrites the past of \(instance) recorded in '\(earlier)': \(what.en)",
        zh: "'\(later)' 改写了 '\(earlier)' 中 \(instance) 的既有记录：\(what.zh)"),
      at: nil
    ).help(
      LocalizedText(
        en:
          "a snapshot should only add to the record; correct the earlier snapshot too, or explain the change in a note",
        zh: "快照只应在既有记录上增加内容；请同时更正前一份快照，或在 note 中说明改动原因"))
  }
}
