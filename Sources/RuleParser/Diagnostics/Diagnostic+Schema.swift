/// The catalogue of schema diagnostics (E020–E059, W001–W019): rule files
/// whose YAML is fine but whose content does not fit the rule language.
/// Ids never change once published; new ones go at the end of their range.
extension Diagnostic {
  /// E020: a mapping was expected.
  public static func expectedMapping(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E020",
      LocalizedText(en: "\(what.en) must be a mapping of keys to values", zh: "\(what.zh)必须是键值映射"),
      at: range
    ).help(
      LocalizedText(en: "write it as `key: value` lines indented below", zh: "请在其下方缩进书写 `键: 值`"))
  }

  /// E021: a key the language does not know here.
  public static func unknownKey(
    _ key: String, in what: LocalizedText, known: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E021",
      LocalizedText(en: "unknown key '\(key)' in \(what.en)", zh: "\(what.zh)中有未知的键 '\(key)'"),
      at: range)
    if let suggestion {
      return diagnostic.help(
        LocalizedText(en: "did you mean '\(suggestion)'?", zh: "是否应为 '\(suggestion)'?"))
    }
    if !key.allSatisfy(\.isASCII) {
      return diagnostic.help(
        LocalizedText(
          en:
            "an ASCII comma ends a value inside {flow: mappings}: quote the value or use block style",
          zh: "在 {流式: 映射} 中,英文逗号会结束一个值:请给值加引号或改用块样式"))
    }
    let list = known.joined(separator: ", ")
    return diagnostic.help(LocalizedText(en: "allowed keys: \(list)", zh: "允许的键:\(list)"))
  }

  /// E022: a required key is absent.
  public static func missingKey(_ key: String, in what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, code: "E022",
      LocalizedText(en: "\(what.en) has no '\(key)'", zh: "\(what.zh)缺少 '\(key)'"), at: range
    ).help(LocalizedText(en: "add `\(key): ...`", zh: "请添加 `\(key): ...`"))
  }

  /// E023: a scalar was expected.
  public static func expectedScalar(
    _ what: LocalizedText, found: String, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E023",
      LocalizedText(
        en: "\(what.en) must be a single value, not a \(found)",
        zh: "\(what.zh)必须是单个值,而不是\(found == "sequence" ? "列表" : "映射")"),
      at: range
    ).help(LocalizedText(en: "write one value after the colon", zh: "请在冒号后写一个值"))
  }

  /// E024: a list (or single value) of ids was expected.
  public static func expectedList(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E024",
      LocalizedText(en: "\(what.en) must be an id or a list of ids", zh: "\(what.zh)必须是一个标识或标识列表"),
      at: range
    ).help(
      LocalizedText(
        en: "write `\(what.en): id` or `\(what.en): [a, b]`",
        zh: "请写作 `\(what.zh): id` 或 `\(what.zh): [a, b]`"))
  }

  /// E025: an id with characters the language reserves or does not allow.
  public static func invalidID(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E025",
      LocalizedText(en: "invalid id '\(id)'", zh: "标识 '\(id)' 不合法"), at: range
    ).help(
      LocalizedText(
        en:
          "ids use ASCII letters, digits, '.', '-' and '_' ('@' and '#' are reserved for instances)",
        zh: "标识只能由 ASCII 字母、数字、'.'、'-'、'_' 组成('@' 与 '#' 留给实例使用)"))
  }

  /// E026: a number was expected.
  public static func expectedNumber(_ what: LocalizedText, found: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, code: "E026",
      LocalizedText(
        en: "\(what.en) must be a number, found '\(found)'", zh: "\(what.zh)必须是数字,实际为 '\(found)'"),
      at: range
    ).help(
      LocalizedText(en: "write a decimal number such as 38 or 0.85", zh: "请写作十进制数,例如 38 或 0.85"))
  }

  /// E027: an ISO calendar date was expected.
  public static func expectedDate(_ what: LocalizedText, found: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, code: "E027",
      LocalizedText(
        en: "\(what.en) must be a date, found '\(found)'", zh: "\(what.zh)必须是日期,实际为 '\(found)'"),
      at: range
    ).help(
      LocalizedText(
        en: "write an existing date as YYYY-MM-DD, e.g. 2017-07-01",
        zh: "请按 YYYY-MM-DD 写出存在的日期,例如 2017-07-01"))
  }

  /// E028: a value outside a fixed set.
  public static func unknownValue(
    _ value: String, for what: LocalizedText, allowed: [String], suggestion: String?,
    at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E028",
      LocalizedText(en: "'\(value)' is not a valid \(what.en)", zh: "'\(value)' 不是有效的\(what.zh)"),
      at: range)
    let list = allowed.joined(separator: ", ")
    return diagnostic.suggesting(
      suggestion, otherwise: LocalizedText(en: "use one of: \(list)", zh: "可选值:\(list)"))
  }

  /// E029: a mapping key that is not a plain string.
  public static func nonStringKey(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E029",
      LocalizedText(en: "keys must be plain strings", zh: "键必须是普通字符串"), at: range
    ).help(LocalizedText(en: "write the key as text before the colon", zh: "请在冒号前写文本键"))
  }

  /// E030: two keys that exclude each other.
  public static func conflictingKeys(
    _ first: String, _ second: String, in what: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E030",
      LocalizedText(
        en: "\(what.en) has both '\(first)' and '\(second)'",
        zh: "\(what.zh)不能同时有 '\(first)' 和 '\(second)'"),
      at: range
    ).help(LocalizedText(en: "keep only one of them", zh: "请只保留其中一个"))
  }

  /// E031: an id declared twice.
  public static func duplicateID(
    _ id: String, kind: String, at range: SourceRange, previous: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E031",
      LocalizedText(en: "\(kind) '\(id)' is declared more than once", zh: "\(kind) '\(id)' 重复定义"),
      at: range
    ).note(LocalizedText(en: "first declared here", zh: "首次定义于此"), at: previous)
      .help(
        LocalizedText(
          en: "rename one of them; ids are unique across all rule files",
          zh: "请重命名其中之一;标识在所有规则文件中必须唯一"))
  }

  /// E032: a reference to an id that does not exist.
  public static func unknownReference(
    _ id: String, kind: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: "E032",
      LocalizedText(en: "unknown \(kind) '\(id)'", zh: "未知的\(kindZh(kind)) '\(id)'"), at: range)
    return diagnostic.suggesting(
      suggestion,
      otherwise:
        LocalizedText(
          en: "declare it under `\(kind == "body" ? "bodies" : kind + "s"):`",
          zh: "请先在 `\(kind == "body" ? "bodies" : kind + "s"):` 下定义它"))
  }

  /// E033: a duty with no deadline, no recurrence and no class.
  public static func noDeadline(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E033",
      LocalizedText(
        en: "obligation '\(id)' has no 'due', 'every' or 'class'",
        zh: "义务 '\(id)' 缺少 'due'、'every' 或 'class'"),
      at: range
    ).help(
      LocalizedText(
        en:
          "give a deadline (`due: 2017年底前`), a recurrence (`every: 每季度`), or a class (`class: long_term`)",
        zh: "请给出期限(`due: 2017年底前`)、周期(`every: 每季度`)或类别(`class: long_term`)"))
  }

  /// E034: an empty value where one is needed.
  public static func emptyValue(_ what: LocalizedText, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E034",
      LocalizedText(en: "\(what.en) is empty", zh: "\(what.zh)为空"), at: range
    ).help(LocalizedText(en: "write a value or remove the key", zh: "请填写值或删除该键"))
  }

  /// E035: a recurring duty that ends before it starts.
  public static func fromAfterUntil(_ from: Day, _ until: Day, at range: SourceRange) -> Diagnostic
  {
    Diagnostic(
      .error, code: "E035",
      LocalizedText(
        en: "'from' (\(from)) is after 'until' (\(until))",
        zh: "'from'(\(from))晚于 'until'(\(until))"),
      at: range
    ).help(LocalizedText(en: "swap the dates or correct one of them", zh: "请交换或更正日期"))
  }

  /// E036: obligations that depend on each other in a circle.
  public static func dependencyCycle(_ cycle: [String], at range: SourceRange) -> Diagnostic {
    let chain = (cycle + [cycle[0]]).joined(separator: " -> ")
    return Diagnostic(
      .error, code: "E036",
      LocalizedText(en: "dependency cycle through '\(cycle[0])'", zh: "'\(cycle[0])' 处存在循环依赖"),
      at: range
    ).note(LocalizedText(en: "cycle: \(chain)", zh: "循环:\(chain)"))
      .help(
        LocalizedText(
          en: "remove one of the `depends_on` entries of the cycle", zh: "请删除循环中的某个 `depends_on` 项")
      )
  }

  /// E037: a quote that does not occur in the source document.
  public static func quoteNotInDocument(
    document: String, closest: String?, at range: SourceRange
  ) -> Diagnostic {
    var diagnostic = Diagnostic(
      .error, code: "E037",
      LocalizedText(en: "quote not found in \(document)", zh: "引文未在 \(document) 中找到"), at: range)
    if let closest {
      diagnostic = diagnostic.note(
        LocalizedText(en: "closest passage: \(closest)", zh: "最接近的段落:\(closest)"))
    }
    return diagnostic.help(
      LocalizedText(
        en: "copy the passage verbatim from the document (whitespace may differ)",
        zh: "请从原文逐字复制(空白可不同)"))
  }

  /// E038: the source document cannot be read.
  public static func unreadableDocument(_ path: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E038",
      LocalizedText(en: "cannot read document '\(path)'", zh: "无法读取文件 '\(path)'"), at: range
    ).help(
      LocalizedText(en: "the path is relative to the rule file that names it", zh: "路径相对于声明它的规则文件"))
  }

  /// E039: more than one `plan:` block.
  public static func duplicatePlan(at range: SourceRange, previous: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E039",
      LocalizedText(en: "a second 'plan' block", zh: "出现第二个 'plan' 块"), at: range
    ).note(LocalizedText(en: "the first is here", zh: "第一个位于此处"), at: previous)
      .help(
        LocalizedText(en: "keep one `plan:` block for all rule files", zh: "所有规则文件只保留一个 `plan:` 块"))
  }

  /// E040: group membership that loops back on itself.
  public static func groupCycle(_ cycle: [String], at range: SourceRange) -> Diagnostic {
    let chain = (cycle + [cycle[0]]).joined(separator: " -> ")
    return Diagnostic(
      .error, code: "E040",
      LocalizedText(en: "group '\(cycle[0])' contains itself", zh: "群组 '\(cycle[0])' 包含自身"),
      at: range
    ).note(LocalizedText(en: "membership: \(chain)", zh: "成员关系:\(chain)"))
      .help(LocalizedText(en: "remove one of the `members` entries", zh: "请删除其中一个 `members` 项"))
  }

  /// E041: no rule files at all.
  public static func noRuleFiles(_ directory: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E041",
      LocalizedText(
        en: "no rule files (*.yaml) under '\(directory)'", zh: "'\(directory)' 下没有规则文件(*.yaml)"),
      at: nil
    ).help(LocalizedText(en: "pass the rules folder with --rules DIR", zh: "请用 --rules DIR 指定规则目录"))
  }

  /// E042: no `plan:` block in any file.
  public static func missingPlan(at range: SourceRange?) -> Diagnostic {
    Diagnostic(
      .error, code: "E042",
      LocalizedText(en: "no 'plan' block in the rule files", zh: "规则文件中没有 'plan' 块"), at: range
    ).help(
      LocalizedText(
        en: "add `plan: {id: ..., title: ...}` to one file",
        zh: "请在某个文件中添加 `plan: {id: ..., title: ...}`"))
  }

  /// E043: a relative deadline that counts from nothing.
  public static func noEffectiveDate(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E043",
      LocalizedText(
        en: "relative deadline of '\(id)' has no 'after' and the plan has no 'effective' date",
        zh: "'\(id)' 的相对期限没有 'after',且计划未设 'effective' 日期"),
      at: range
    ).help(
      LocalizedText(
        en: "add `effective: YYYY-MM-DD` to the plan or `after: ID` here,"
          + " or count the span from a year: 2012年起5年内",
        zh: "请在计划中添加 `effective: YYYY-MM-DD`,或在此处添加 `after: ID`,或写明起算年份:2012年起5年内"))
  }

  /// E044: a relative deadline after a duty that has no single completion.
  public static func afterRecurring(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E044",
      LocalizedText(
        en: "cannot count a deadline from recurring obligation '\(id)'", zh: "不能从周期性义务 '\(id)' 起算期限"
      ),
      at: range
    ).help(
      LocalizedText(
        en: "count from a one-off obligation, or give a fixed date", zh: "请从一次性义务起算,或给出固定日期"))
  }

  /// E045: a recurring duty with no end, in a plan with no horizon.
  public static func recurrenceWithoutEnd(_ id: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E045",
      LocalizedText(
        en: "recurring obligation '\(id)' has no 'until' and the plan has no 'until'",
        zh: "周期性义务 '\(id)' 缺少 'until',计划也未设 'until'"),
      at: range
    ).help(
      LocalizedText(
        en: "add the plan's horizon to the plan (`until: 2025年底`), or `until:` to this duty",
        zh: "请在计划中写明期限(`until: 2025年底`),或为此义务添加 `until:`"))
  }

  /// E046: keys that only make sense with `every`.
  public static func keyNeedsEvery(_ key: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E046",
      LocalizedText(en: "'\(key)' is only allowed with 'every'", zh: "'\(key)' 只能与 'every' 一起使用"),
      at: range
    ).help(
      LocalizedText(
        en: "remove it, or make the duty recurring with `every:`", zh: "请删除它,或用 `every:` 设为周期性义务"))
  }

  /// E047: a target that is due before its baseline.
  public static func targetBeforeBaseline(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E047",
      LocalizedText(en: "the target date is before the baseline date", zh: "目标日期早于基准日期"), at: range
    ).help(
      LocalizedText(
        en: "correct `target.by` or `baseline.on`", zh: "请更正 `target.by` 或 `baseline.on`"))
  }

  /// W001: a rule without its source clause.
  public static func missingSource(_ kind: String, _ id: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .warning, code: "W001",
      LocalizedText(
        en: "\(kind) '\(id)' does not cite its source clause", zh: "\(kindZh(kind)) '\(id)' 未注明来源条款"
      ),
      at: range
    ).help(
      LocalizedText(
        en: "add `source: {section: ..., quote: ...}`",
        zh: "请添加 `source: {section: ..., quote: ...}`"))
  }

  /// W002: a duty due before something it depends on.
  public static func dueBeforePrerequisite(
    _ id: String, due: Day, prerequisite: String, prerequisiteDue: Day, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .warning, code: "W002",
      LocalizedText(
        en:
          "'\(id)' is due \(due), before its prerequisite '\(prerequisite)' (due \(prerequisiteDue))",
        zh: "'\(id)' 的期限 \(due) 早于其前置义务 '\(prerequisite)' 的期限 \(prerequisiteDue)"),
      at: range
    ).help(LocalizedText(en: "check both deadlines against the document", zh: "请对照原文核对两个期限"))
  }

  /// W003: a plan without a source document, so quotes go unchecked.
  public static func noDocument(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .warning, code: "W003",
      LocalizedText(
        en: "the plan names no 'document': quotes are not checked", zh: "计划未指定 'document',引文不会被核对"),
      at: range
    ).help(LocalizedText(en: "add `document: path/to/source.txt`", zh: "请添加 `document: 原文路径`"))
  }

  private static func kindZh(_ kind: String) -> String {
    switch kind {
    case "body": "主体"
    case "obligation": "义务"
    case "metric": "指标"
    case "policy": "政策"
    default: kind
    }
  }
}
