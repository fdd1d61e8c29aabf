/// The catalogue of schema diagnostics (E020–E059, W001–W019): rule files
/// whose YAML is fine but whose content does not fit the rule language.
/// Ids never change once published; new ones go at the end of their range.
/// Constant help lines are in `DiagnosticCode.reference`.
extension Diagnostic {
  /// E020: a mapping was expected.
  public static func expectedMapping(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    mustBe(.expectedMapping, what, LocalizedText("a mapping of keys to values", "键值映射"), at: range)
  }

  /// E021: a key the language does not know here.
  public static func unknownKey(
    _ key: String, in what: LocalizedText, known: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    let flowComma = LocalizedText(
      "an ASCII comma ends a value inside {flow: mappings}: quote the value or use block style",
      "在 {流式: 映射} 中，英文逗号会结束一个值：请给值加引号或改用块样式")
    return unknownKey(
      .unknownKey, key, in: what, allowed: known, suggestion: suggestion,
      otherwise: key.allSatisfy(\.isASCII) ? nil : flowComma, at: range)
  }

  /// E022: a required key is absent.
  public static func missingKey(_ key: String, in what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  { missingKey(.missingKey, key, in: what, add: "`\(key): ...`", at: range) }

  /// E023: a scalar was expected; `found` is the collection written instead.
  public static func expectedScalar(
    _ what: LocalizedText, found: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    mustBe(.expectedScalar, what, LocalizedText("a single value", "单个值"), not: found, at: range)
  }

  /// E024: a list (or single value) of ids was expected.
  public static func expectedList(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    mustBe(
      .expectedIDList, what, LocalizedText("an id or a list of ids", "一个标识或标识列表"), at: range,
      help: LocalizedText(
        "write `\(what.en): id` or `\(what.en): [a, b]`",
        "请写作 `\(what.zh): id` 或 `\(what.zh): [a, b]`"))
  }

  /// E025: an id with characters the language reserves or does not allow.
  public static func invalidID(_ id: String, at range: SourceRange) -> Diagnostic {
    error(.invalidID, LocalizedText("invalid id '\(id)'", "标识 '\(id)' 不合法"), at: range)
  }

  /// E026: a number was expected.
  public static func expectedNumber(_ what: LocalizedText, found: String, at range: SourceRange)
    -> Diagnostic
  {
    mustBe(.expectedNumber, what, LocalizedText("a number", "数字"), found: quoted(found), at: range)
  }

  /// E028: a value outside a fixed set.
  public static func unknownValue(
    _ value: String, for what: LocalizedText, allowed: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    notInSet(
      .unknownValue, value, LocalizedText("a valid \(what.en)", what.zh),
      allowed: allowed.joined(separator: ", "), suggestion: suggestion, at: range)
  }

  /// E029: a mapping key that is not a plain string.
  public static func nonStringKey(at range: SourceRange) -> Diagnostic {
    error(.nonStringKey, LocalizedText("keys must be plain strings", "键必须是普通字符串"), at: range)
  }

  /// E030: two keys that exclude each other.
  public static func conflictingKeys(
    _ first: String, _ second: String, in what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    error(
      .conflictingKeys,
      LocalizedText(
        "\(what.en) has both '\(first)' and '\(second)'", "\(what.zh)不能同时有 '\(first)' 和 '\(second)'"
      ), at: range)
  }

  /// E031: an id declared twice.
  public static func duplicateID(
    _ id: String, kind: DeclarationKind, at range: SourceRange, previous: SourceRange
  ) -> Diagnostic {
    duplicate(
      .duplicateID, kind.named(id) + LocalizedText(" is declared more than once", " 重复定义"),
      at: range, first: previous, firstNote: LocalizedText("first declared here", "首次定义于此"))
  }

  /// E032: a reference to an id that does not exist.
  public static func unknownReference(
    _ id: String, kind: DeclarationKind, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    unknownName(
      .unknownReference, id, kind.noun, suggestion: suggestion,
      otherwise: LocalizedText(
        "declare it under `\(kind.section):`", "请先在 `\(kind.section):` 下定义它"), at: range)
  }

  /// E033: a duty with no deadline, no recurrence and no class.
  public static func noDeadline(_ id: String, at range: SourceRange) -> Diagnostic {
    error(
      .noDeadline,
      LocalizedText(
        "obligation '\(id)' has no 'due', 'every' or 'class'",
        "义务 '\(id)' 缺少 'due'、'every' 或 'class'"), at: range)
  }

  /// E034: an empty value where one is needed.
  public static func emptyValue(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    empty(.emptyValue, what, at: range)
  }

  /// E034, E122: "WHAT is empty".
  public static func empty(_ code: DiagnosticCode, _ what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  {
    error(
      code, LocalizedText("\(what.en) is empty", "\(what.zh)为空"), at: range,
      help: LocalizedText("write a value or remove the key", "请填写值或删除该键"))
  }

  /// E035: a recurring duty that ends before it starts.
  public static func fromAfterUntil(_ from: Day, _ until: Day, at range: SourceRange) -> Diagnostic
  {
    error(
      .fromAfterUntil,
      LocalizedText(
        "'from' (\(from)) is after 'until' (\(until))", "'from'（\(from)）晚于 'until'（\(until)）"),
      at: range)
  }

  /// E036, E040: a chain of references that loops back to its start.
  static func cycle(
    _ code: DiagnosticCode, _ cycle: [String], _ message: LocalizedText, note label: LocalizedText,
    at range: SourceRange
  ) -> Diagnostic {
    let chain = (cycle + [cycle[0]]).joined(separator: " -> ")
    return Diagnostic(.error, code: code, message, at: range)
      .note(LocalizedText("\(label.en): \(chain)", "\(label.zh)：\(chain)")).helped(nil)
  }

  /// E036: obligations that depend on each other in a circle.
  public static func dependencyCycle(_ ids: [String], at range: SourceRange) -> Diagnostic {
    cycle(
      .dependencyCycle, ids,
      LocalizedText("dependency cycle through '\(ids[0])'", "'\(ids[0])' 处存在循环依赖"),
      note: LocalizedText("cycle", "循环"), at: range)
  }

  /// E037: a quote that does not occur in the source document.
  public static func quoteNotInDocument(
    document: String, closest: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: .quoteNotInDocument,
      LocalizedText("quote not found in \(document)", "引文未在 \(document) 中找到"), at: range)
    let noted = closest.map {
      diagnostic.note(LocalizedText("closest passage: \($0)", "最接近的段落：\($0)"))
    }
    return (noted ?? diagnostic).helped(nil)
  }

  /// E038: the source document cannot be read.
  public static func unreadableDocument(_ path: String, at range: SourceRange) -> Diagnostic {
    error(
      .unreadableDocument, LocalizedText("cannot read document '\(path)'", "无法读取文件 '\(path)'"),
      at: range)
  }

  /// E039: more than one `plan:` block.
  public static func duplicatePlan(at range: SourceRange, previous: SourceRange) -> Diagnostic {
    duplicate(
      .duplicatePlan, LocalizedText("a second 'plan' block", "出现第二个 'plan' 块"), at: range,
      first: previous, firstNote: LocalizedText("the first is here", "第一个位于此处"))
  }

  /// E040: group membership that loops back on itself.
  public static func groupCycle(_ ids: [String], at range: SourceRange) -> Diagnostic {
    cycle(
      .groupCycle, ids, LocalizedText("group '\(ids[0])' contains itself", "群组 '\(ids[0])' 包含自身"),
      note: LocalizedText("membership", "成员关系"), at: range)
  }

  /// E041: no rule files at all.
  public static func noRuleFiles(_ directory: String) -> Diagnostic {
    error(
      .noRuleFiles,
      LocalizedText(
        "no rule files (*.yaml) under '\(directory)'", "'\(directory)' 下没有规则文件（*.yaml）"), at: nil)
  }

  /// E042: no `plan:` block in any file.
  public static func missingPlan(at range: SourceRange?) -> Diagnostic {
    error(
      .missingPlan, LocalizedText("no 'plan' block in the rule files", "规则文件中没有 'plan' 块"),
      at: range)
  }

  /// E043: a relative deadline that counts from nothing.
  public static func noEffectiveDate(_ id: String, at range: SourceRange) -> Diagnostic {
    error(
      .noEffectiveDate,
      LocalizedText(
        "relative deadline of '\(id)' has no 'after' and the plan has no 'effective' date",
        "'\(id)' 的相对期限没有 'after'，且计划未设 'effective' 日期"), at: range)
  }

  /// E044: a relative deadline after a duty that has no single completion.
  public static func afterRecurring(_ id: String, at range: SourceRange) -> Diagnostic {
    error(
      .afterRecurring,
      LocalizedText(
        "cannot count a deadline from recurring obligation '\(id)'", "不能从周期性义务 '\(id)' 起算期限"),
      at: range)
  }

  /// E045: a recurring duty with no end, in a plan with no horizon.
  public static func recurrenceWithoutEnd(_ id: String, at range: SourceRange) -> Diagnostic {
    error(
      .recurrenceWithoutEnd,
      LocalizedText(
        "recurring obligation '\(id)' has no 'until' and the plan has no 'until'",
        "周期性义务 '\(id)' 缺少 'until'，计划也未设 'until'"),
      at: range,
      help: LocalizedText(
        "add the plan's horizon to the plan (`until: 2025年底`), or `until:` to this duty",
        "请在计划中写明期限（`until: 2025年底`），或为此义务添加 `until:`"))
  }

  /// E046: keys that only make sense with `every`.
  public static func keyNeedsEvery(_ key: String, at range: SourceRange) -> Diagnostic {
    error(
      .keyNeedsEvery,
      LocalizedText("'\(key)' is only allowed with 'every'", "'\(key)' 只能与 'every' 一起使用"),
      at: range)
  }

  /// E047: a target that is due before its baseline.
  public static func targetBeforeBaseline(at range: SourceRange) -> Diagnostic {
    error(
      .targetBeforeBaseline,
      LocalizedText("the target date is before the baseline date", "目标日期早于基准日期"), at: range)
  }

  /// W001: a rule without its source clause.
  public static func missingSource(_ kind: DeclarationKind, _ id: String, at range: SourceRange)
    -> Diagnostic
  {
    warning(
      .missingSource,
      kind.named(id) + LocalizedText(" does not cite its source clause", " 未注明来源条款"),
      at: range)
  }

  /// W002: a duty due before something it depends on.
  public static func dueBeforePrerequisite(
    _ id: String, due: Day, prerequisite: String, prerequisiteDue: Day, at range: SourceRange
  ) -> Diagnostic {
    warning(
      .dueBeforePrerequisite,
      LocalizedText(
        "'\(id)' is due \(due), before its prerequisite '\(prerequisite)' (due \(prerequisiteDue))",
        "'\(id)' 的期限 \(due) 早于其前置义务 '\(prerequisite)' 的期限 \(prerequisiteDue)"), at: range)
  }

  /// W003: a plan without a source document, so quotes go unchecked.
  public static func noDocument(at range: SourceRange) -> Diagnostic {
    warning(
      .noDocument,
      LocalizedText(
        "the plan names no 'document': quotes are not checked", "计划未指定 'document'，引文不会被核对"),
      at: range)
  }
}
