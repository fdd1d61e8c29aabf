import RuleParser

extension Diagnostic {
  /// E199: the first word of the command line names no command of rulec.
  static func unknownCommand(_ word: String, suggestion: String?) -> Diagnostic {
    Diagnostic(
      .error, code: "E199",
      LocalizedText(en: "unknown command '\(word)'", zh: "未知的命令 '\(word)'"), at: nil
    ).suggesting(
      suggestion,
      otherwise: LocalizedText(
        en: "run 'rulec --help' for the list of commands", zh: "运行 'rulec --help' 查看命令列表"))
  }
}
