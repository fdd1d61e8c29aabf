import RuleParser

/// The catalogue of the bulletin's, the dashboard's and the history's input
/// and output errors (E245–E248).
extension Diagnostic {
  /// E245: the bulletin's `--date` is not a date.
  static func bulletinDateOption(_ text: String) -> Diagnostic {
    error(
      .bulletinDateOption, LocalizedText("--date '\(text)' is not a date", "--date '\(text)' 不是日期"),
      at: nil,
      help: LocalizedText(
        "write the date of issue as YYYY-MM-DD, e.g. --date 2017-10-15",
        "请按 YYYY-MM-DD 写出发文日期，例如 --date 2017-10-15"))
  }

  /// E246: `rulec history` was given a folder with no snapshot.
  static func historyEmpty(_ path: String) -> Diagnostic {
    error(
      .historyEmpty,
      LocalizedText("no snapshot (*.json) in '\(path)'", "'\(path)' 中没有快照文件（*.json）"), at: nil,
      help: LocalizedText(
        "give the monthly snapshot files, or the folder that holds them",
        "请给出各月的快照文件，或存放它们的文件夹"))
  }

  /// E247: two snapshots of a history describe the same day.
  static func historySameDay(_ day: String, _ first: String, _ second: String) -> Diagnostic {
    error(
      .historySameDay,
      LocalizedText(
        "'\(first)' and '\(second)' both describe \(day)",
        "'\(first)' 与 '\(second)' 描述的是同一天 \(day)"), at: nil,
      help: LocalizedText("keep one snapshot per day in a history", "历史中每天只保留一份快照"))
  }

  /// E248: the SQLite database cannot be written.
  static func sqliteWrite(_ path: String, reason: String) -> Diagnostic {
    error(
      .sqliteWrite,
      LocalizedText(
        "cannot write the SQLite database '\(path)': \(reason)",
        "无法写入 SQLite 数据库 '\(path)'：\(reason)"), at: nil,
      help: LocalizedText(
        "give a writable path for --sqlite; an existing file is replaced",
        "请为 --sqlite 给出可写的路径；已有文件会被替换"))
  }
}
