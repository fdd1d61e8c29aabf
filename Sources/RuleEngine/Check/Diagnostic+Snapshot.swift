public import RuleParser

/// The catalogue of snapshot diagnostics (E100–E139): status snapshots read by
/// `rulec check` whose content does not fit the snapshot format or the plan.
/// Ids never change once published; new ones go at the end of the range.
extension Diagnostic {
  /// E100: a snapshot file that is empty or holds several documents.
  public static func snapshotDocumentCount(_ count: Int, file: String) -> Diagnostic {
    let message =
      count == 0
      ? LocalizedText("the snapshot is empty", "快照为空")
      : LocalizedText("the snapshot holds \(count) documents, not one", "快照包含 \(count) 个文档，而不是一个")
    return Diagnostic(
      .error, code: .snapshotDocumentCount, message,
      at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1))
    ).helped(nil)
  }

  /// E101: a JSON object was expected.
  public static func snapshotExpectedObject(_ what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  {
    mustBe(
      .snapshotExpectedObject, what, LocalizedText("a JSON object", "JSON 对象"), at: range)
  }

  /// E102: a key the snapshot format does not know here.
  public static func snapshotUnknownKey(
    _ key: String, in what: LocalizedText, allowed: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    unknownKey(
      .snapshotUnknownKey, key, in: what, allowed: allowed, suggestion: suggestion, at: range)
  }

  /// E103: a required key is absent.
  public static func snapshotMissingKey(
    _ key: String, in what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    missingKey(.snapshotMissingKey, key, in: what, add: "\"\(key)\": ...", at: range)
  }

  /// E104: a text value was expected.
  public static func snapshotExpectedText(
    _ what: LocalizedText, found: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    mustBe(
      .snapshotExpectedText, what, LocalizedText("a string", "字符串"), not: found, at: range)
  }

  /// E105: an ISO date was expected.
  public static func snapshotBadDate(_ what: LocalizedText, found: String, at range: SourceRange)
    -> Diagnostic
  {
    mustBe(
      .snapshotBadDate, what, LocalizedText("a date", "日期"), found: quoted(found), at: range)
  }

  /// E106: a status outside `not_started`, `in_progress`, `done`, `closed`.
  public static func snapshotBadStatus(
    _ value: String, allowed: [String], suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    notInSet(
      .snapshotBadStatus, value, LocalizedText("a status", "状态"),
      allowed: allowed.joined(separator: ", "), listed: LocalizedText("statuses", "状态"),
      suggestion: suggestion, at: range)
  }

  /// E107: a number was expected.
  public static func snapshotExpectedNumber(
    _ what: LocalizedText, found: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    mustBe(
      .snapshotExpectedNumber, what, LocalizedText("a number", "数字"), found: found, at: range)
  }

  /// E108: `true` or `false` was expected.
  public static func snapshotExpectedBool(
    _ what: LocalizedText, found: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    mustBe(
      .snapshotExpectedBool, what, LocalizedText("true or false", "true 或 false"), found: found,
      at: range)
  }

  /// E109: a JSON array was expected.
  public static func snapshotExpectedArray(_ what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  {
    mustBe(
      .snapshotExpectedArray, what, LocalizedText("a JSON array", "JSON 数组"), at: range)
  }

  /// E110: an action outside the escalation ladder.
  public static func snapshotUnknownAction(
    _ value: String, allowed: [String], suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    notInSet(
      .snapshotUnknownAction, value, LocalizedText("an action", "处置措施"),
      allowed: allowed.joined(separator: ", "), listed: LocalizedText("actions", "措施"),
      suggestion: suggestion, at: range)
  }

  /// E111, E155: a snapshot or ledger (`what`) of another plan.
  static func wrongPlan(
    _ code: DiagnosticCode, _ what: LocalizedText, found: String, expected: String,
    at range: SourceRange, help: LocalizedText? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code,
      LocalizedText(
        "the \(what.en) is for plan '\(found)', but the rules are plan '\(expected)'",
        "\(what.zh)属于计划 '\(found)'，而规则是计划 '\(expected)'"), at: range
    ).helped(help)
  }

  /// E111: a snapshot of another plan.
  public static func snapshotWrongPlan(_ found: String, expected: String, at range: SourceRange)
    -> Diagnostic
  {
    wrongPlan(
      .snapshotWrongPlan, LocalizedText("snapshot", "快照"), found: found, expected: expected,
      at: range,
      help: LocalizedText(
        "check --rules, or write \"plan\": \"\(expected)\"",
        "请检查 --rules，或改为 \"plan\": \"\(expected)\""))
  }

  /// E112: a status for an instance the plan does not have.
  public static func snapshotUnknownInstance(
    _ id: String, suggestion: String?, instancesOfObligation: [String], at range: SourceRange
  ) -> Diagnostic {
    unknownInstance(
      id, code: .snapshotUnknownInstance, suggestion: suggestion,
      instancesOfObligation: instancesOfObligation,
      perInstanceHelp: LocalizedText("give the status of each instance by its id", "请按实例标识分别填写状态"),
      otherwise: LocalizedText(
        "`rulec compile` lists every instance id; `rulec explain ID` shows one obligation's",
        "`rulec compile` 列出所有实例标识；`rulec explain ID` 显示某项义务的实例"), at: range)
  }

  /// E113: readings for a metric instance the plan does not have.
  public static func snapshotUnknownMetric(_ id: String, suggestion: String?, at range: SourceRange)
    -> Diagnostic
  {
    unknownName(
      .snapshotUnknownMetric, id, LocalizedText("metric instance", "指标实例"), suggestion: suggestion,
      otherwise: LocalizedText(
        "metric instance ids are metric@body, e.g. air.pm25@lanzhou",
        "指标实例标识为 指标@单位，例如 air.pm25@lanzhou"), at: range)
  }

  /// E114: a day later than the snapshot's `as_of`.
  public static func snapshotAfterAsOf(
    _ what: LocalizedText, day: Day, asOf: Day, at range: SourceRange
  ) -> Diagnostic {
    error(
      .snapshotAfterAsOf,
      LocalizedText(
        "\(what.en) (\(day)) is after the snapshot's as_of (\(asOf))",
        "\(what.zh)（\(day)）晚于快照日期 as_of（\(asOf)）"), at: range)
  }

  /// E115: reported or published before the duty was completed.
  public static func snapshotBeforeCompletion(
    _ what: LocalizedText, day: Day, completed: Day, at range: SourceRange, completedAt: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .snapshotBeforeCompletion,
      LocalizedText(
        "\(what.en) (\(day)) is before the completion (\(completed))",
        "\(what.zh)（\(day)）早于完成日期（\(completed)）"), at: range
    ).note(LocalizedText("completed here", "完成日期在此"), at: completedAt).helped(nil)
  }

  /// E116: a progress share outside 0...1.
  public static func snapshotProgressRange(_ value: Double, at range: SourceRange) -> Diagnostic {
    let value = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    return error(
      .snapshotProgressRange,
      LocalizedText("progress \(value) is outside 0...1", "进度 \(value) 不在 0 至 1 之间"), at: range)
  }

  /// E117: completion dates on an instance whose status is not done or closed.
  public static func snapshotDateWithoutCompletion(
    _ key: String, status: String, at range: SourceRange
  ) -> Diagnostic {
    error(
      .snapshotDateWithoutCompletion,
      LocalizedText(
        "'\(key)' is given but the status is '\(status)'", "给出了 '\(key)'，但状态为 '\(status)'"),
      at: range,
      help: LocalizedText(
        "set \"status\": \"done\" (or \"closed\"), or remove '\(key)'",
        "请将状态设为 \"done\"（或 \"closed\"），或删除 '\(key)'"))
  }

  /// E118: a done or closed instance without its completion date.
  public static func snapshotNoCompletionDate(status: String, at range: SourceRange) -> Diagnostic {
    error(
      .snapshotNoCompletionDate,
      LocalizedText(
        "status '\(status)' needs a 'completed' date", "状态 '\(status)' 需要给出完成日期 'completed'"),
      at: range)
  }

  /// E119: two readings of one metric instance on the same day.
  public static func snapshotDuplicateReading(
    _ day: Day, at range: SourceRange, previous: SourceRange
  ) -> Diagnostic {
    duplicate(
      .snapshotDuplicateReading, LocalizedText("a second reading on \(day)", "\(day) 有第二个监测值"),
      at: range, first: previous)
  }

  /// E120: a snapshot without `as_of` and no `--as-of`.
  public static func snapshotNoAsOf(at range: SourceRange) -> Diagnostic {
    error(
      .snapshotNoAsOf, LocalizedText("the snapshot has no 'as_of' date", "快照缺少日期 'as_of'"),
      at: range)
  }

  /// E122: an empty text where an id or value is needed.
  public static func snapshotEmptyText(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    empty(.snapshotEmptyText, what, at: range)
  }

  /// E124: an earlier snapshot (`--since`) dated after the current one.
  public static func sinceAfterAsOf(_ since: Day, asOf: Day, at range: SourceRange) -> Diagnostic {
    error(
      .sinceAfterAsOf,
      LocalizedText(
        "the earlier snapshot is dated \(since), after this one (\(asOf))",
        "用于比较的快照日期 \(since) 晚于本快照（\(asOf)）"), at: range)
  }

  /// E112, E146: an unknown instance id in a snapshot or a ledger: the
  /// instances of an obligation when that id names one, else did-you-mean.
  static func unknownInstance(
    _ id: String, code: DiagnosticCode, suggestion: String?, instancesOfObligation: [String],
    perInstanceHelp: LocalizedText, otherwise fallback: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    guard !instancesOfObligation.isEmpty else {
      return unknownName(
        code, id, LocalizedText("instance", "实例"), suggestion: suggestion, otherwise: fallback,
        at: range)
    }
    let shown = instancesOfObligation.prefix(3).joined(separator: ", ")
    let more = instancesOfObligation.count > 3 ? ", ..." : ""
    return Diagnostic(
      .error, code: code, LocalizedText("unknown instance '\(id)'", "未知的实例 '\(id)'"), at: range
    ).note(
      LocalizedText(
        "'\(id)' is an obligation; its instances are \(shown)\(more)",
        "'\(id)' 是义务，其实例为 \(shown)\(more)")
    ).help(perInstanceHelp)
  }
}
