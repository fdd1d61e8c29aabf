public import RuleParser

/// The catalogue of collecting diagnostics (E230–E244): several inputs of
/// `rulec check` merged into one snapshot, ledgers joined by hand, ledger
/// scopes and action columns, text encodings and workbooks. Ids never change
/// once published; new ones go at the end.
extension Diagnostic {
  /// E233: a second ledger's first rows inside a ledger (files joined by hand).
  package static func ledgerJoined(at range: SourceRange, first: SourceRange) -> Diagnostic {
    duplicate(
      .ledgerJoined,
      LocalizedText(
        en: "a second ledger starts here: two ledgers were joined into one file",
        zh: "此处开始了第二份台账：两份台账被拼接在同一文件中"), at: range, first: first,
      firstNote: LocalizedText(en: "the first ledger starts here", zh: "第一份台账从此处开始"))
  }

}
