/// The catalogue of target-form and plan-vocabulary diagnostics (E209–E216, W031).
extension Diagnostic {
  /// E209: the stages of a staged target are not in date order.
  public static func targetStagesOutOfOrder(at range: SourceRange) -> Diagnostic {
    error(
      .targetStagesOutOfOrder,
      LocalizedText("the stages of a target must be in date order", "分阶段目标必须按日期先后排列"),
      at: range,
      help: LocalizedText(
        "give each stage a later `by:` than the one before it", "请让每个阶段的 `by:` 晚于前一阶段"))
  }

  /// E210: the stages of a staged target are not all of one form.
  public static func targetStagesMixed(_ form: String, expected: String, at range: SourceRange)
    -> Diagnostic
  {
    error(
      .targetStagesMixed,
      LocalizedText(
        "a stage written as '\(form)' in a target whose stages are '\(expected)'",
        "分阶段目标中各阶段写法须一致：此阶段为 '\(form)'，其他阶段为 '\(expected)'"),
      at: range,
      help: LocalizedText(
        "write every stage as '\(expected)'; a staged target has no `every:` or `from:`",
        "请将各阶段都写作 '\(expected)'；分阶段目标不能写 `every:` 或 `from:`"))
  }

  /// E211: a key of a target that belongs with another one.
  public static func targetKeyOutOfPlace(_ key: String, needs other: String, at range: SourceRange)
    -> Diagnostic
  {
    error(
      .targetKeyOutOfPlace,
      LocalizedText("'\(key)' is only allowed with '\(other)'", "'\(key)' 只能与 '\(other)' 一起使用"),
      at: range,
      help: LocalizedText(
        "remove '\(key)', or write the target with '\(other)'",
        "请删除 '\(key)'，或用 '\(other)' 写目标"))
  }

  /// E212: a range that is not two numbers, low to high.
  public static func badTargetRange(found: String, at range: SourceRange) -> Diagnostic {
    mustBe(
      .badTargetRange, LocalizedText("'between'", "'between'"),
      LocalizedText("two numbers, low then high", "两个数（先小后大）"), found: quoted(found), at: range,
      help: LocalizedText(
        "write the range as `between: [1, 2]` or `between: 1到2` (1到2个)",
        "请写作 `between: [1, 2]` 或 `between: 1到2`（1到2个）"))
  }

  /// E213: a shared target with one responsible body.
  public static func sharedTargetOneBody(_ metric: String, at range: SourceRange) -> Diagnostic {
    error(
      .sharedTargetOneBody,
      LocalizedText(
        "metric '\(metric)' is shared but has only one responsible body",
        "指标 '\(metric)' 为共同目标，但只有一个责任单位"),
      at: range,
      help: LocalizedText(
        "list every body whose readings the target combines in `responsible:`, or remove `shared:`",
        "请在 `responsible:` 中列出共同承担目标的各单位，或删除 `shared:`"))
  }

  /// E214: a target met in each period, with no first period.
  public static func periodTargetWithoutStart(at range: SourceRange) -> Diagnostic {
    error(
      .periodTargetWithoutStart,
      LocalizedText(
        "a target met in every period needs a day to start counting from",
        "按周期考核的目标需要写明起始时间"),
      at: range,
      help: LocalizedText(
        "write the start in `every:` (`2018年起每年`), add `from:`, or give the plan `effective:`",
        "请在 `every:` 中写明起始（`2018年起每年`），或添加 `from:`，或为方案写明 `effective:`"))
  }

  /// E215: a target met in every period, with more periods than the limit.
  public static func tooManyTargetPeriods(limit: Int, at range: SourceRange) -> Diagnostic {
    error(
      .tooManyTargetPeriods,
      LocalizedText(
        "a target met in every period would have more than \(limit) periods",
        "按周期考核的目标将超过 \(limit) 个周期"),
      at: range,
      help: LocalizedText(
        "give the target a nearer `by:` or a longer period (每月, 每年)",
        "请缩短目标期限 `by:`，或改用更长的周期（每月、每年）"))
  }

  /// E216: a step of the action ladder declared twice.
  public static func duplicateAction(_ id: String, at range: SourceRange, first: SourceRange)
    -> Diagnostic
  {
    duplicate(
      .duplicateAction,
      LocalizedText("action '\(id)' is declared twice in the ladder", "处置措施 '\(id)' 在措施序列中重复声明"),
      at: range, first: first,
      help: LocalizedText(
        "list each step once, lowest first", "每个措施只列一次，由轻到重排列"))
  }

  /// W031: a direction with no number written as a numeric target.
  public static func directionAsTarget(_ words: String, key: String, at range: SourceRange)
    -> Diagnostic
  {
    warning(
      .directionAsTarget,
      LocalizedText(
        "'\(words)' is a direction with no number: a duty to report, not a numeric target",
        "'\(words)' 只有方向没有数值：是报送监测情况的职责，而不是数值目标"),
      at: range,
      help: LocalizedText(
        "write `trend: \(words)` instead of `\(key):`; readings are listed, never judged",
        "请将 `\(key):` 改写为 `trend: \(words)`；监测值照常报送，不按数值评判"))
  }
}
