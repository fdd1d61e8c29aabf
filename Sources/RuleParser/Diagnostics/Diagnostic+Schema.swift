/// The catalogue of schema diagnostics (E020–E059, W001–W019): rule files
/// whose YAML is fine but whose content does not fit the rule language.
/// Ids never change once published; new ones go at the end of their range.
/// Constant help lines are in `DiagnosticCode.reference`.
extension Diagnostic {
  /// E020: a mapping was expected.
  package static func expectedMapping(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    mustBe(.expectedMapping, what, LocalizedText("a mapping of keys to values", "键值映射"), at: range)
  }

  /// E021: a key the language does not know here.
  package static func unknownKey(
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
  package static func missingKey(_ key: String, in what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  { missingKey(.missingKey, key, in: what, add: "`\(key): ...`", at: range) }

  /// E023: a scalar was expected; `found` is the collection written instead.
  package static func expectedScalar(
    _ what: LocalizedText, found: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    mustBe(.expectedScalar, what, LocalizedText("a single value", "单个值"), not: found, at: range)
  }

  /// E024: a list (or single value) of ids was expected.
  package static func expectedList(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    mustBe(
      .expectedIDList, what, LocalizedText("an id or a list of ids", "一个标识或标识列表"), at: range,
      help: LocalizedText(
        "write `\(what.en): id` or `\(what.en): [a, b]`",
        "请写作 `\(what.zh): id` 或 `\(what.zh): [a, b]`"))
  }

  /// E026: a number was expected.
  package static func expectedNumber(_ what: LocalizedText, found: String, at range: SourceRange)
    -> Diagnostic
  {
    mustBe(.expectedNumber, what, LocalizedText("a number", "数字"), found: quoted(found), at: range)
  }

  /// E028: a value outside a fixed set.
  package static func unknownValue(
    _ value: String, for what: LocalizedText, allowed: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    notInSet(
      .unknownValue, value, LocalizedText("a valid \(what.en)", what.zh),
      allowed: allowed.joined(separator: ", "), suggestion: suggestion, at: range)
  }

  /// E029: a mapping key that is not a plain string.
  package static func nonStringKey(at range: SourceRange) -> Diagnostic {
    error(.nonStringKey, LocalizedText("keys must be plain strings", "键必须是普通字符串"), at: range)
  }

  /// E030: two keys that exclude each other.
  package static func conflictingKeys(
    _ first: String, _ second: String, in what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    error(
      .conflictingKeys,
      LocalizedText(
        "\(what.en) has both '\(first)' and '\(second)'", "\(what.zh)不能同时有 '\(first)' 和 '\(second)'"
      ), at: range)
  }

  /// E032: a reference to an id that does not exist.
  package static func unknownReference(
    _ id: String, kind: DeclarationKind, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    unknownName(
      .unknownReference, id, kind.noun, suggestion: suggestion,
      otherwise: LocalizedText(
        "declare it under `\(kind.section):`", "请先在 `\(kind.section):` 下定义它"), at: range)
  }

  /// E034: an empty value where one is needed.
  package static func emptyValue(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    empty(.emptyValue, what, at: range)
  }

  /// E037: a quote that does not occur in the source document.
  package static func quoteNotInDocument(
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

  /// E039: more than one `plan:` block.
  package static func duplicatePlan(at range: SourceRange, previous: SourceRange) -> Diagnostic {
    duplicate(
      .duplicatePlan, LocalizedText("a second 'plan' block", "出现第二个 'plan' 块"), at: range,
      first: previous, firstNote: LocalizedText("the first is here", "第一个位于此处"))
  }

  /// E041: no rule files at all.
  package static func noRuleFiles(_ directory: String) -> Diagnostic {
    error(
      .noRuleFiles,
      LocalizedText(
        "no rule files (*.yaml) under '\(directory)'", "'\(directory)' 下没有规则文件（*.yaml）"), at: nil)
  }

  /// E046: keys that only make sense with `every` (or a standing class that
  /// reports each period).
  package static func keyNeedsEvery(_ key: String, at range: SourceRange) -> Diagnostic {
    error(
      .keyNeedsEvery,
      LocalizedText(
        "'\(key)' is only allowed with 'every' or a standing class that reports each period",
        "'\(key)' 只能与 'every' 或按期报告的长期坚持类别一起使用"), at: range)
  }

  /// E047: a target that is due before its baseline.
  package static func targetBeforeBaseline(at range: SourceRange) -> Diagnostic {
    error(
      .targetBeforeBaseline,
      LocalizedText("the target date is before the baseline date", "目标日期早于基准日期"), at: range)
  }
}
