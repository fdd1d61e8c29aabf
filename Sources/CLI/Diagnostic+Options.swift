import RuleParser

/// The catalogue of command-line option errors: options and arguments that
/// name no date, no body, no obligation or no id of the plan.
extension Diagnostic {
  /// E121: a date option (`--as-of`, `--from`, `--to`) that is not a date.
  static func dateOption(_ option: String, _ text: String) -> Diagnostic {
    error(
      .dateOption, LocalizedText("\(option) '\(text)' is not a date", "\(option) '\(text)' 不是日期"),
      at: nil,
      help: LocalizedText(
        "write an existing date as YYYY-MM-DD, e.g. \(option) 2017-10-15",
        "请按 YYYY-MM-DD 写出存在的日期，例如 \(option) 2017-10-15"))
  }

  /// E125: `rulec explain` with an id the plan does not have.
  static func explainUnknownID(_ id: String, suggestion: String?) -> Diagnostic {
    Diagnostic(
      .error, code: .explainUnknownID,
      LocalizedText(
        "the plan has no obligation, instance, metric, policy or body '\(id)'",
        "方案中没有名为 '\(id)' 的义务、实例、指标、处置政策或单位"), at: nil
    ).suggesting(
      suggestion,
      otherwise: LocalizedText(
        "`rulec compile` lists every id of the plan", "`rulec compile` 列出方案中的所有标识"))
  }

  /// E156: `--body` names no body of the plan.
  static func unknownBodyOption(_ id: String, suggestion: String?) -> Diagnostic {
    unknownName(
      .unknownBodyOption, id, LocalizedText("body", "单位"), suggestion: suggestion,
      otherwise: LocalizedText(
        "give a body id declared under `bodies:` (a group selects its members)",
        "请使用 `bodies:` 中声明的单位标识（单位组表示其全部成员）"), at: nil
    ).prefixed("--body: ")
  }

  /// E157: `--obligation` names no obligation or instance of the plan.
  static func unknownObligationOption(_ id: String, suggestion: String?) -> Diagnostic {
    unknownName(
      .unknownObligationOption, id, LocalizedText("obligation", "义务"), suggestion: suggestion,
      otherwise: LocalizedText(
        "give an obligation id (or an instance id) of the compiled plan", "请使用编译后计划中的义务标识（或实例标识）"),
      at: nil
    ).prefixed("--obligation: ")
  }

  /// A copy whose message starts with the option it is about.
  private func prefixed(_ option: String) -> Diagnostic {
    var copy = self
    copy.message = LocalizedText(option, option.replacingOccurrences(of: ": ", with: "：")) + message
    return copy
  }
}
