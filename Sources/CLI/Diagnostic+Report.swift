import RuleParser

/// The catalogue of the bulletin's, the dashboard's and the history's input
/// and output errors (E245–E248).
extension Diagnostic {
  /// E248: the SQLite database cannot be written.
  static func sqliteWrite(_ path: String, reason: String) -> Diagnostic {
    error(
      .sqliteWrite,
      LocalizedText(
        "cannot write the SQLite database '\(path)': \(reason)",
        "无法写入 SQLite 数据库 '\(path)'：\(reason)"), at: nil)
  }
}
