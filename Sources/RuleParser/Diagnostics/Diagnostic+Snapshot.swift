/// The catalogue of snapshot diagnostics (E100–E139): status snapshots read by
/// `rulec check` whose content does not fit the snapshot format or the plan.
/// Ids never change once published; new ones go at the end of the range.
extension Diagnostic {
  /// E100: a snapshot file that is empty or holds several documents.
  public static func snapshotDocumentCount(_ count: Int, file: String) -> Diagnostic {
    let start = SourceRange(at: SourceLocation(file: file, line: 1, column: 1))
    let message =
      count == 0
      ? LocalizedText(en: "the snapshot is empty", zh: "快照为空")
      : LocalizedText(
        en: "the snapshot holds \(count) documents, not one", zh: "快照包含 \(count) 个文档,而不是一个")
    return Diagnostic(.error, code: "E100", message, at: start)
      .help(
        LocalizedText(
          en: "write one JSON object: {\"plan\": ..., \"as_of\": ..., \"obligations\": {...}}",
          zh: "请写一个 JSON 对象:{\"plan\": ..., \"as_of\": ..., \"obligations\": {...}}"))
  }

  /// E101: a JSON object was expected.
  public static func snapshotExpectedObject(
    _ what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E101",
      LocalizedText(en: "\(what.en) must be a JSON object", zh: "\(what.zh)必须是 JSON 对象"),
      at: range
    ).help(LocalizedText(en: "write it as {\"key\": value, ...}", zh: "请写作 {\"键\": 值, ...}"))
  }

  /// E102: a key the snapshot format does not know here.
  public static func snapshotUnknownKey(
    _ key: String, in what: LocalizedText, allowed: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E102",
      LocalizedText(en: "unknown key '\(key)' in \(what.en)", zh: "\(what.zh)中有未知的键 '\(key)'"),
      at: range)
    let list = allowed.joined(separator: ", ")
    return diagnostic.suggesting(
      suggestion, otherwise: LocalizedText(en: "allowed keys: \(list)", zh: "允许的键:\(list)"))
  }

  /// E103: a required key is absent.
  public static func snapshotMissingKey(
    _ key: String, in what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E103",
      LocalizedText(en: "\(what.en) has no '\(key)'", zh: "\(what.zh)缺少 '\(key)'"), at: range
    ).help(LocalizedText(en: "add \"\(key)\": ...", zh: "请添加 \"\(key)\": ..."))
  }

  /// E104: a text value was expected.
  public static func snapshotExpectedText(
    _ what: LocalizedText, found: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E104",
      LocalizedText(
        en: "\(what.en) must be a string, not \(found)", zh: "\(what.zh)必须是字符串,而不是\(zhKind(found))"),
      at: range
    ).help(LocalizedText(en: "write it in double quotes", zh: "请用双引号写出"))
  }

  /// E105: an ISO date was expected.
  public static func snapshotBadDate(
    _ what: LocalizedText, found: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E105",
      LocalizedText(
        en: "\(what.en) must be a date, found '\(found)'", zh: "\(what.zh)必须是日期,实际为 '\(found)'"),
      at: range
    ).help(
      LocalizedText(
        en: "write an existing date as \"YYYY-MM-DD\", e.g. \"2017-10-15\"",
        zh: "请按 \"YYYY-MM-DD\" 写出存在的日期,例如 \"2017-10-15\""))
  }

  /// E106: a status outside `not_started`, `in_progress`, `done`, `closed`.
  public static func snapshotBadStatus(
    _ value: String, allowed: [String], suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E106",
      LocalizedText(en: "'\(value)' is not a status", zh: "'\(value)' 不是有效的状态"), at: range)
    let list = allowed.joined(separator: ", ")
    if let suggestion {
      return diagnostic.help(
        LocalizedText(
          en: "did you mean '\(suggestion)'? (statuses: \(list))",
          zh: "是否应为 '\(suggestion)'?(可选状态:\(list))"))
    }
    return diagnostic.help(LocalizedText(en: "use one of: \(list)", zh: "可选状态:\(list)"))
  }

  /// E107: a number was expected.
  public static func snapshotExpectedNumber(
    _ what: LocalizedText, found: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E107",
      LocalizedText(
        en: "\(what.en) must be a number, found \(found)", zh: "\(what.zh)必须是数字,实际为 \(found)"),
      at: range
    ).help(
      LocalizedText(
        en: "write a JSON number without quotes, such as 44.2", zh: "请写不带引号的 JSON 数字,例如 44.2"))
  }

  /// E108: `true` or `false` was expected.
  public static func snapshotExpectedBool(
    _ what: LocalizedText, found: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E108",
      LocalizedText(
        en: "\(what.en) must be true or false, found \(found)",
        zh: "\(what.zh)必须是 true 或 false,实际为 \(found)"),
      at: range
    ).help(LocalizedText(en: "write true or false without quotes", zh: "请写不带引号的 true 或 false"))
  }

  /// E109: a JSON array was expected.
  public static func snapshotExpectedArray(
    _ what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E109",
      LocalizedText(en: "\(what.en) must be a JSON array", zh: "\(what.zh)必须是 JSON 数组"), at: range
    ).help(LocalizedText(en: "write it as [{...}, {...}]", zh: "请写作 [{...}, {...}]"))
  }

  /// E110: an action outside the escalation ladder.
  public static func snapshotUnknownAction(
    _ value: String, allowed: [String], suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E110",
      LocalizedText(en: "'\(value)' is not an action", zh: "'\(value)' 不是有效的处置措施"), at: range)
    let list = allowed.joined(separator: ", ")
    if let suggestion {
      return diagnostic.help(
        LocalizedText(
          en: "did you mean '\(suggestion)'? (actions: \(list))",
          zh: "是否应为 '\(suggestion)'?(可选措施:\(list))"))
    }
    return diagnostic.help(LocalizedText(en: "use one of: \(list)", zh: "可选措施:\(list)"))
  }

  /// E111: a snapshot of another plan.
  public static func snapshotWrongPlan(
    _ found: String, expected: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E111",
      LocalizedText(
        en: "the snapshot is for plan '\(found)', but the rules are plan '\(expected)'",
        zh: "快照属于计划 '\(found)',而规则是计划 '\(expected)'"),
      at: range
    ).help(
      LocalizedText(
        en: "check --rules, or write \"plan\": \"\(expected)\"",
        zh: "请检查 --rules,或改为 \"plan\": \"\(expected)\""))
  }

  /// E112: a status for an instance the plan does not have.
  public static func snapshotUnknownInstance(
    _ id: String, suggestion: String?, instancesOfObligation: [String], at range: SourceRange
  ) -> Diagnostic {
    unknownInstance(
      id, code: "E112", suggestion: suggestion, instancesOfObligation: instancesOfObligation,
      perInstanceHelp: LocalizedText(
        en: "give the status of each instance by its id", zh: "请按实例标识分别填写状态"),
      otherwise: LocalizedText(
        en: "`rulec compile` lists every instance id; `rulec explain ID` shows one obligation's",
        zh: "`rulec compile` 列出所有实例标识;`rulec explain ID` 显示某项义务的实例"), at: range)
  }

  /// E113: readings for a metric instance the plan does not have.
  public static func snapshotUnknownMetric(
    _ id: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E113",
      LocalizedText(en: "unknown metric instance '\(id)'", zh: "未知的指标实例 '\(id)'"), at: range)
    return diagnostic.suggesting(
      suggestion,
      otherwise:
        LocalizedText(
          en: "metric instance ids are metric@body, e.g. air.pm25@lanzhou",
          zh: "指标实例标识为 指标@单位,例如 air.pm25@lanzhou"))
  }

  /// E114: a day later than the snapshot's `as_of`.
  public static func snapshotAfterAsOf(
    _ what: LocalizedText, day: Day, asOf: Day, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E114",
      LocalizedText(
        en: "\(what.en) (\(day)) is after the snapshot's as_of (\(asOf))",
        zh: "\(what.zh)(\(day))晚于快照日期 as_of(\(asOf))"),
      at: range
    ).help(
      LocalizedText(
        en: "a snapshot records only what happened up to its as_of: correct the date or as_of",
        zh: "快照只记录截至 as_of 已发生的事项:请更正该日期或 as_of"))
  }

  /// E115: reported or published before the duty was completed.
  public static func snapshotBeforeCompletion(
    _ what: LocalizedText, day: Day, completed: Day, at range: SourceRange,
    completedAt: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E115",
      LocalizedText(
        en: "\(what.en) (\(day)) is before the completion (\(completed))",
        zh: "\(what.zh)(\(day))早于完成日期(\(completed))"),
      at: range
    ).note(LocalizedText(en: "completed here", zh: "完成日期在此"), at: completedAt)
      .help(
        LocalizedText(
          en: "a duty is reported and made public after it is completed: correct one of the dates",
          zh: "完成后才能报送和公开:请更正其中一个日期"))
  }

  /// E116: a progress share outside 0...1.
  public static func snapshotProgressRange(_ value: Double, at range: SourceRange) -> Diagnostic {
    let value = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    return Diagnostic(
      .error, code: "E116",
      LocalizedText(
        en: "progress \(value) is outside 0...1", zh: "进度 \(value) 不在 0 至 1 之间"), at: range
    ).help(
      LocalizedText(
        en: "write the share done as a fraction: 0.6 for 60%", zh: "请以小数写出完成比例:60% 写作 0.6"))
  }

  /// E117: completion dates on an instance whose status is not done or closed.
  public static func snapshotDateWithoutCompletion(
    _ key: String, status: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E117",
      LocalizedText(
        en: "'\(key)' is given but the status is '\(status)'",
        zh: "给出了 '\(key)',但状态为 '\(status)'"),
      at: range
    ).help(
      LocalizedText(
        en: "set \"status\": \"done\" (or \"closed\"), or remove '\(key)'",
        zh: "请将状态设为 \"done\"(或 \"closed\"),或删除 '\(key)'"))
  }

  /// E118: a done or closed instance without its completion date.
  public static func snapshotNoCompletionDate(
    status: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E118",
      LocalizedText(
        en: "status '\(status)' needs a 'completed' date", zh: "状态 '\(status)' 需要给出完成日期 'completed'"
      ),
      at: range
    ).help(
      LocalizedText(
        en: "add \"completed\": \"YYYY-MM-DD\": report and publication deadlines count from it",
        zh: "请添加 \"completed\": \"YYYY-MM-DD\":报送和公开期限由此起算"))
  }

  /// E119: two readings of one metric instance on the same day.
  public static func snapshotDuplicateReading(
    _ day: Day, at range: SourceRange, previous: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E119",
      LocalizedText(en: "a second reading on \(day)", zh: "\(day) 有第二个监测值"), at: range
    ).note(LocalizedText(en: "the first is here", zh: "第一个在此"), at: previous)
      .help(LocalizedText(en: "keep one reading per day", zh: "每天只保留一个监测值"))
  }

  /// E120: a snapshot without `as_of` and no `--as-of`.
  public static func snapshotNoAsOf(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E120",
      LocalizedText(en: "the snapshot has no 'as_of' date", zh: "快照缺少日期 'as_of'"), at: range
    ).help(
      LocalizedText(
        en: "add \"as_of\": \"YYYY-MM-DD\", or pass --as-of YYYY-MM-DD",
        zh: "请添加 \"as_of\": \"YYYY-MM-DD\",或使用 --as-of YYYY-MM-DD"))
  }

  /// E121: an `--as-of` option that is not a date.
  public static func asOfOption(_ text: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E121",
      LocalizedText(en: "--as-of '\(text)' is not a date", zh: "--as-of '\(text)' 不是日期"), at: nil
    ).help(
      LocalizedText(
        en: "write an existing date as YYYY-MM-DD, e.g. --as-of 2017-10-15",
        zh: "请按 YYYY-MM-DD 写出存在的日期,例如 --as-of 2017-10-15"))
  }

  /// E122: an empty text where an id or value is needed.
  public static func snapshotEmptyText(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E122",
      LocalizedText(en: "\(what.en) is empty", zh: "\(what.zh)为空"), at: range
    ).help(LocalizedText(en: "write a value or remove the key", zh: "请填写值或删除该键"))
  }

  /// E123: a snapshot from standard input that cannot be read.
  public static func snapshotUnreadableInput(_ reason: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E123",
      LocalizedText(
        en: "cannot read the snapshot from standard input: \(reason)",
        zh: "无法从标准输入读取快照:\(reason)"),
      at: nil
    ).help(
      LocalizedText(
        en: "pipe a JSON file in, or pass its path instead of '-'",
        zh: "请通过管道输入 JSON 文件,或用文件路径代替 '-'"))
  }

  /// E124: an earlier snapshot (`--since`) dated after the current one.
  public static func sinceAfterAsOf(_ since: Day, asOf: Day, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E124",
      LocalizedText(
        en: "the earlier snapshot is dated \(since), after this one (\(asOf))",
        zh: "用于比较的快照日期 \(since) 晚于本快照(\(asOf))"),
      at: range
    ).help(
      LocalizedText(
        en: "pass the previous month's snapshot to --since", zh: "请将上一期快照传给 --since"))
  }

  /// E125: `rulec explain` with an id the plan does not have.
  public static func explainUnknownID(_ id: String, suggestion: String?) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E125",
      LocalizedText(
        en: "the plan has no obligation, instance, metric, policy or body '\(id)'",
        zh: "方案中没有名为 '\(id)' 的义务、实例、指标、处置政策或单位"),
      at: nil)
    return diagnostic.suggesting(
      suggestion,
      otherwise:
        LocalizedText(
          en: "`rulec compile` lists every id of the plan", zh: "`rulec compile` 列出方案中的所有标识"))
  }

  private static func zhKind(_ kind: String) -> String {
    switch kind {
    case "an object": "对象"
    case "an array": "数组"
    case "a number": "数字"
    case "a boolean": "布尔值"
    default: kind
    }
  }

  /// An unknown instance id in a snapshot or a ledger (E112, E146): the
  /// instances of an obligation when that id names one, else did-you-mean.
  static func unknownInstance(
    _ id: String, code: String, suggestion: String?, instancesOfObligation: [String],
    perInstanceHelp: LocalizedText, otherwise fallback: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: code,
      LocalizedText(en: "unknown instance '\(id)'", zh: "未知的实例 '\(id)'"), at: range)
    if !instancesOfObligation.isEmpty {
      let shown = instancesOfObligation.prefix(3).joined(separator: ", ")
      let more = instancesOfObligation.count > 3 ? ", ..." : ""
      return diagnostic.note(
        LocalizedText(
          en: "'\(id)' is an obligation; its instances are \(shown)\(more)",
          zh: "'\(id)' 是义务,其实例为 \(shown)\(more)")
      ).help(
        perInstanceHelp)
    }
    return diagnostic.suggesting(suggestion, otherwise: fallback)
  }
}
