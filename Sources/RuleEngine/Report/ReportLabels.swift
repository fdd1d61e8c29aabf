public import RuleParser

extension ViolationKind {
  /// The kind's name for people, in both languages, the Chinese in the plan's
  /// words (`plan.words`: 未报送工作进展 for 未报送整改情况).
  public func label(_ words: PlanWords) -> LocalizedText {
    let standard = label
    switch self {
    case .missing: return LocalizedText(en: standard.en, zh: words["missing"])
    case .unreported: return LocalizedText(en: standard.en, zh: words["unreported"])
    case .unpublished: return LocalizedText(en: standard.en, zh: words["unpublished"])
    case .falseReport: return LocalizedText(en: standard.en, zh: words["false_report"])
    default: return standard
    }
  }

  /// The kind's name for people, in both languages (the default words).
  public var label: LocalizedText {
    switch self {
    case .overdue: LocalizedText(en: "overdue", zh: "逾期未完成")
    case .missing: LocalizedText(en: "no status reported", zh: "未报送整改情况")
    case .late: LocalizedText(en: "completed late", zh: "逾期完成")
    case .unreported: LocalizedText(en: "completion not reported in time", zh: "未及时报送整改结果")
    case .unpublished: LocalizedText(en: "result not made public in time", zh: "未及时公开整改结果")
    case .falseReport: LocalizedText(en: "false report", zh: "反馈整改情况失实")
    case .dependencyOrder:
      LocalizedText(en: "completed before its prerequisites", zh: "先于前置任务完成")
    case .offTrack: LocalizedText(en: "off track", zh: "进度滞后")
    case .targetMissed: LocalizedText(en: "target missed", zh: "未完成目标")
    }
  }
}

extension EscalationAction {
  /// The action's name for people, in both languages.
  public var label: LocalizedText {
    LocalizedText(en: rawValue, zh: chineseName)
  }
}

/// Shared wording of the check reports.
enum ReportText {
  /// A body's name as reports show it: `张掖市 (zhangye)`, in Chinese
  /// `张掖市（zhangye）`.
  static func body(_ id: String, in graph: ObligationGraph, language: Language = .en) -> String {
    guard let body = graph.body(id) else { return id }
    return body.displayName + parenthesized(id, in: language)
  }

  /// ` (text)`, in Chinese `（text）`.
  static func parenthesized(_ text: String, in language: Language) -> String {
    language == .zh ? "（\(text)）" : " (\(text))"
  }

  /// An action already taken: `taken 2017-09-01 (interview)`, `已于2017年9月1日约谈`.
  static func taken(_ taken: TakenAction, in language: Language) -> String {
    language == .zh
      ? "已于\(taken.on.year)年\(taken.on.month)月\(taken.on.day)日\(taken.action.chineseName)"
      : "taken \(taken.on) (\(taken.action.rawValue))"
  }

  /// A body's name alone, or its id when the plan has no such body.
  static func bodyName(_ id: String, in graph: ObligationGraph) -> String {
    // Found in place: the name is read from the graph's array, the body
    // not copied out of it (reports ask once per finding).
    guard let position = IDOrder.position(of: id, in: graph.bodies, id: { $0.id }) else {
      return id
    }
    return graph.bodies[position].displayName
  }

  /// A number without a needless `.0`: `38`, `44.2`.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// `1 violation`, `2 violations`.
  static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
  }

  /// For each kind of lateness: the fact counting its days, what was late
  /// in English, and the words before and after `逾期 N 天` in Chinese.
  private static let lateness:
    [ViolationKind: (fact: Fact, en: String, zhBefore: String, zhAfter: String)] = [
      .late: (.daysLate, "completed", "", "完成"),
      .unreported: (.daysUnreported, "report", "报送", ""),
      .unpublished: (.daysUnpublished, "publication", "公开", ""),
    ]

  /// The days a violation is overdue, when that is all `measure(of:in:)`
  /// says of it (`76 days overdue`, `逾期 76 天`): reports write the
  /// number and the words as they are, without making the text.
  static func daysOverdue(_ violation: Violation) -> Int? {
    switch violation.kind {
    case .overdue: violation.facts.count(.daysOverdue)
    case .missing where !violation.isMetricSubject: violation.facts.count(.daysOverdue)
    default: nil
    }
  }

  /// What a violation amounts to, in a few words: `76 days overdue`,
  /// `report 5 days late`, `reading 44.2 against a path of 43.1 (gap 1.1 微克/立方米)`.
  static func measure(of violation: Violation, in language: Language) -> String {
    let facts = violation.facts
    let details = violation.details
    let unit = details.unit.map { " " + $0 } ?? ""
    switch (violation.kind, language) {
    case (.missing, .en) where violation.isMetricSubject:
      guard let form = details.form else { return "no reading since the target date" }
      return "no reading for the target of "
        + TargetWording.value(details.target ?? 0, form, unit: details.unit)
        + TargetWording.qualifiers(form)
    case (.missing, .zh) where violation.isMetricSubject:
      guard let form = details.form else { return "目标期限后无监测值" }
      return "目标" + TargetWording.chinese(details.target ?? 0, form, unit: details.unit)
        + TargetWording.chineseQualifiers(form) + "无监测值"
    case (.overdue, .en), (.missing, .en):
      return count(facts.count(.daysOverdue), "day", "days") + " overdue"
    case (.overdue, .zh), (.missing, .zh):
      return "逾期 \(facts.count(.daysOverdue)) 天"
    case (.late, _), (.unreported, _), (.unpublished, _):
      guard let late = lateness[violation.kind] else { return "" }
      let days = facts.count(late.fact)
      return language == .en
        ? "\(late.en) " + count(days, "day", "days") + " late"
        : "\(late.zhBefore)逾期 \(days) 天\(late.zhAfter)"
    case (.falseReport, .en):
      return details.late.map { "report of \($0) found untrue" } ?? "report found untrue"
    case (.falseReport, .zh):
      return details.late.map { "\($0) 报送的情况经核实不实" } ?? "报送情况经核实不实"
    case (.dependencyOrder, .en):
      return "before " + details.prerequisites.joined(separator: ", ")
    case (.dependencyOrder, .zh):
      return "早于 " + details.prerequisites.joined(separator: "、")
    case (.offTrack, .en):
      return "reading \(number(facts.amount(.reading))) against a path of "
        + "\(number(details.pathValue ?? 0))\(TargetWording.qualifiers(details.form)) "
        + "(gap \(number(facts.amount(.gap)))\(unit))"
    case (.offTrack, .zh):
      return "监测值 \(number(facts.amount(.reading)))，进度线 \(number(details.pathValue ?? 0))"
        + "\(TargetWording.chineseQualifiers(details.form))（差距 \(number(facts.amount(.gap)))\(unit)）"
    case (.targetMissed, .en):
      return "reading \(number(facts.amount(.reading))) against a target of "
        + TargetWording.value(details.target ?? 0, details.form, unit: details.unit)
        + "\(TargetWording.qualifiers(details.form)) (gap \(number(facts.amount(.gap)))\(unit))"
    case (.targetMissed, .zh):
      let target =
        details.form == nil
        ? number(details.target ?? 0)
        : TargetWording.chinese(details.target ?? 0, details.form, unit: details.unit)
      return "监测值 \(number(facts.amount(.reading)))，目标 \(target)"
        + "\(TargetWording.chineseQualifiers(details.form))（差距 \(number(facts.amount(.gap)))\(unit)）"
    }
  }
}

extension ViolationKind {
  /// What the violation's date is: the duty's deadline (期限), the deadline
  /// for reporting (报送期限) or for making public (公开期限), or the
  /// target's date (目标期限).
  public var dueLabel: LocalizedText {
    switch self {
    case .overdue, .missing, .late, .falseReport, .dependencyOrder:
      LocalizedText(en: "due", zh: "期限")
    case .unreported: LocalizedText(en: "report due", zh: "报送期限")
    case .unpublished: LocalizedText(en: "publication due", zh: "公开期限")
    case .offTrack, .targetMissed: LocalizedText(en: "target date", zh: "目标期限")
    }
  }
}
