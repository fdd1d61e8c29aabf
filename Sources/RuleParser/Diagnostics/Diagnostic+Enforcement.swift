/// The catalogue of enforcement diagnostics (E170–E179, W010–W029): the plan's
/// classes, whom a policy may reach, and rules that cannot work as the
/// document says.
extension Diagnostic {
  /// E170: a class with no deadline, or with more than one.
  public static func classDeadlineCount(_ id: String, given: [String], at range: SourceRange)
    -> Diagnostic
  {
    let list = given.map { "'\($0)'" }.joined(separator: ", ")
    let message =
      given.isEmpty
      ? LocalizedText(
        en: "class '\(id)' gives no 'within', 'due' or 'standing: true'",
        zh: "整改类别 '\(id)' 缺少 'within'、'due' 或 'standing: true'")
      : LocalizedText(
        en: "class '\(id)' gives \(list): only one is allowed",
        zh: "整改类别 '\(id)' 同时给出了 \(list):只能给出其一")
    return Diagnostic(.error, code: .classDeadlineCount, message, at: range).help(
      LocalizedText(
        en:
          "give one: `within: 1 month` (from plan.effective), `due: 2017年底前`, or `standing: true`",
        zh: "请只给出其一:`within: 1 month`(自方案施行日起)、`due: 2017年底前` 或 `standing: true`"))
  }

  /// E171: an obligation names a class the plan does not declare.
  public static func unknownClass(
    _ id: String, suggestion: String?, known: [String], at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .unknownClass,
      LocalizedText(en: "unknown class '\(id)'", zh: "未知的整改类别 '\(id)'"), at: range
    ).suggesting(
      suggestion,
      otherwise: LocalizedText(
        en: known.isEmpty
          ? "declare it under `classes:`"
          : "declare it under `classes:` (declared: \(known.joined(separator: ", ")))",
        zh: known.isEmpty
          ? "请先在 `classes:` 下定义它" : "请先在 `classes:` 下定义它(已定义:\(known.joined(separator: "、")))"))
  }

  /// E172: a class counted from `plan.effective` in a plan that has none.
  public static func classWithoutEffective(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: .classWithoutEffective,
      LocalizedText(
        en: "class '\(id)' counts from plan.effective, but the plan has no 'effective' date",
        zh: "整改类别 '\(id)' 自方案施行日起计算,但计划未给出 'effective'"),
      at: range
    ).help(LocalizedText(en: "add `effective:` to `plan:`", zh: "请在 `plan:` 中添加 `effective:`"))
  }

  /// E173: a class with a reporting period that is not standing.
  public static func reportNeedsStanding(_ id: String, at range: SourceRange) -> Diagnostic {
    error(
      .reportNeedsStanding,
      LocalizedText(
        en: "class '\(id)' has 'report' but is not standing: "
          + "only a standing class reports each period",
        zh: "整改类别 '\(id)' 给出了 'report'，但不是长期坚持类别：只有长期坚持类别按期报告"),
      at: range,
      help: LocalizedText(
        en: "add `standing: true`, or remove `report:` (a class with a deadline is checked by it)",
        zh: "请添加 `standing: true`，或删除 `report:`（有期限的类别按期限检查）"))
  }

  /// W010: a duty that can never become overdue.
  public static func neverOverdue(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .warning, code: .neverOverdue,
      LocalizedText(
        en: "obligation '\(id)' can never be overdue: none of its instances gets a deadline "
          + "(no 'due', no deadline from its class, no prerequisite that is ever due), and it "
          + "is neither standing nor recurring",
        zh: "义务 '\(id)' 永远不会逾期:其实例都没有期限(没有 'due',类别没有期限,前置义务也没有期限),"
          + "且既非长期坚持,也非周期性义务"),
      at: range
    ).help(
      LocalizedText(
        en: "give it a `due:`, a `class:` with a deadline, or a standing class",
        zh: "请给出 `due:`、有期限的 `class:` 或长期坚持的类别"))
  }

  /// W011: a policy whose condition no instance or metric can ever meet.
  public static func policyFiresOnNothing(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .warning, code: .policyFiresOnNothing,
      LocalizedText(
        en: "policy '\(id)' can fire on nothing: no obligation or metric can meet its 'when:'",
        zh: "政策 '\(id)' 无法触发:没有任何义务或指标能满足其 'when:'"),
      at: range
    ).help(
      LocalizedText(
        en: "`rulec explain \(id)` shows the count; check the ids and violation kinds it names",
        zh: "`rulec explain \(id)` 显示可触发数;请核对其中的编号和违规类型"))
  }

  /// W012: a policy that can fire only after the last deadline of the plan.
  public static func policyAfterHorizon(
    _ id: String, earliest: Day, horizon: Day, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .warning, code: .policyAfterHorizon,
      LocalizedText(
        en: "policy '\(id)' can fire only from \(earliest), after the plan's horizon \(horizon)",
        zh: "政策 '\(id)' 最早于 \(earliest) 触发,晚于计划的最后期限 \(horizon)"),
      at: range
    ).help(
      LocalizedText(
        en: "let it fire on what is found during the plan (`off_track`, an overdue yearly duty)",
        zh: "请让它在计划期内可触发(如 `off_track`、逾期的年度义务)"))
  }

  /// W013: a policy whose targets exclude every instance its condition can match.
  public static func targetsExcludeAll(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .warning, code: .targetsExcludeAll,
      LocalizedText(
        en: "policy '\(id)': its 'targets' exclude every instance its 'when:' can match",
        zh: "政策 '\(id)' 的 'targets' 排除了其 'when:' 能匹配的全部实例"),
      at: range
    ).help(
      LocalizedText(
        en: "add the responsible bodies to `targets:`, or correct `when:`",
        zh: "请把责任单位加入 `targets:`,或更正 `when:`"))
  }

  /// W014: a duty whose prerequisite falls due after it.
  public static func prerequisiteDueAfter(
    _ id: String, due: Day, prerequisite: String, prerequisiteDue: Day, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .warning, code: .prerequisiteDueAfter,
      LocalizedText(
        en: "'\(id)' depends on '\(prerequisite)', which is due \(prerequisiteDue), after '\(id)' "
          + "(due \(due))",
        zh: "'\(id)' 依赖的 '\(prerequisite)' 期限为 \(prerequisiteDue),晚于 '\(id)' 的期限 \(due)"),
      at: range
    ).help(
      LocalizedText(
        en: "give the prerequisite an earlier deadline or class, or the dependent a later one",
        zh: "请提前前置义务的期限或类别,或推后本义务的期限"))
  }

  /// W015: a policy whose acting body is among the bodies it acts on.
  public static func policyTargetsItsActor(_ id: String, by: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .warning, code: .policyTargetsItsActor,
      LocalizedText(
        en: "policy '\(id)': its 'by' body '\(by)' is among its own targets",
        zh: "政策 '\(id)' 的执行单位 '\(by)' 也在其处置对象之中"),
      at: range
    ).help(
      LocalizedText(
        en: "restrict `targets:` to the bodies the document lets it act on",
        zh: "请将 `targets:` 限定为原文允许处置的单位"))
  }
}
