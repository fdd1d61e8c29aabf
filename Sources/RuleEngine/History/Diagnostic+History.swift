import RuleParser

/// The history's warning: a later snapshot that rewrites an earlier one (W045).
extension Diagnostic {
  /// W045: a later snapshot rewrites what an earlier one recorded.
  static func historyRewritten(
    _ instance: String, _ what: LocalizedText, earlier: String, later: String
  ) -> Diagnostic {
    Diagnostic(
      .warning, code: .historyRewritten,
      LocalizedText(
        "'\(later)' rewrites the past of \(instance) recorded in '\(earlier)': \(what.en)",
        "'\(later)' 改写了 '\(earlier)' 中 \(instance) 的既有记录：\(what.zh)"),
      at: nil
    ).help(
      LocalizedText(
        "a snapshot should only add to the record; correct the earlier snapshot too, "
          + "or explain the change in a note",
        "快照只应在既有记录上增加内容；请同时更正前一份快照，或在 note 中说明改动原因"))
  }
}
