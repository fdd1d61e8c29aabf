public import RuleParser

/// The catalogue of snapshot diagnostics (E100–E139): status snapshots read by
/// `rulec check` whose content does not fit the snapshot format or the plan.
/// Ids never change once published; new ones go at the end of the range.
extension Diagnostic {
  /// E100: a snapshot file that is empty or holds several documents.
  package static func snapshotDocumentCount(_ count: Int, file: String) -> Diagnostic {
    let message =
      count == 0
      ? LocalizedText("the snapshot is empty", "快照为空")
      : LocalizedText("the snapshot holds \(count) documents, not one", "快照包含 \(count) 个文档，而不是一个")
    return Diagnostic(
      .error, code: .snapshotDocumentCount, message,
      at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1))
    ).helped(nil)
  }

  /// E102: a key the snapshot format does not know here.
  package static func snapshotUnknownKey(
    _ key: String, in what: LocalizedText, allowed: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    unknownKey(
      .snapshotUnknownKey, key, in: what, allowed: allowed, suggestion: suggestion, at: range)
  }

  /// E101: a JSON object was expected.
  package static func snapshotExpectedObject(_ what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  {
    mustBe(.snapshotExpectedObject, what, LocalizedText("a JSON object", "JSON 对象"), at: range)
  }

  /// E103: a required key is absent.
  package static func snapshotMissingKey(
    _ key: String, in what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    missingKey(.snapshotMissingKey, key, in: what, add: "\"\(key)\": ...", at: range)
  }

  /// E107: a number was expected.
  package static func snapshotExpectedNumber(
    _ what: LocalizedText, found: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    mustBe(
      .snapshotExpectedNumber, what, LocalizedText("a number", "数字"), found: found, at: range)
  }

  /// E108: `true` or `false` was expected.
  package static func snapshotExpectedBool(
    _ what: LocalizedText, found: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    mustBe(
      .snapshotExpectedBool, what, LocalizedText("true or false", "true 或 false"), found: found,
      at: range)
  }

  /// E110: an action outside the escalation ladder.
  package static func snapshotUnknownAction(
    _ value: String, allowed: [String], suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    notInSet(
      .snapshotUnknownAction, value, LocalizedText("an action", "处置措施"),
      allowed: allowed.joined(separator: ", "), listed: LocalizedText("actions", "措施"),
      suggestion: suggestion, at: range)
  }

  /// E113: readings for a metric instance the plan does not have.
  package static func snapshotUnknownMetric(
    _ id: String, suggestion: String?, at range: SourceRange
  )
    -> Diagnostic
  {
    unknownName(
      .snapshotUnknownMetric, id, LocalizedText("metric instance", "指标实例"), suggestion: suggestion,
      otherwise: LocalizedText(
        "metric instance ids are metric@body, e.g. air.pm25@lanzhou",
        "指标实例标识为 指标@单位，例如 air.pm25@lanzhou"), at: range)
  }

  /// E114: a day later than the snapshot's `as_of`.
  package static func snapshotAfterAsOf(
    _ what: LocalizedText, day: Day, asOf: Day, at range: SourceRange
  ) -> Diagnostic {
    error(
      .snapshotAfterAsOf,
      LocalizedText(
        "\(what.en) (\(day)) is after the snapshot's as_of (\(asOf))",
        "\(what.zh)（\(day)）晚于快照日期 as_of（\(asOf)）"), at: range)
  }

  /// E116: a progress share outside 0...1.
  package static func snapshotProgressRange(_ value: Double, at range: SourceRange) -> Diagnostic {
    let value = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    return error(
      .snapshotProgressRange,
      LocalizedText("progress \(value) is outside 0...1", "进度 \(value) 不在 0 至 1 之间"), at: range)
  }

}
