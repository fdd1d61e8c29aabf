/// The facts a policy's `when:` condition can test: the catalogue of the expression
/// language.
///
/// The checker (`rulec check`) supplies each fact's value for the violation being
/// escalated through `FactValues`; a fact it does not supply counts as missing. Every
/// fact is described in `docs/facts.md`, which a test keeps in step with this table.
public enum Fact: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Due and not done: bool.
  case overdue
  /// Days past the due date: int.
  case daysOverdue = "days_overdue"
  /// Days left until the due date: int.
  case daysToDue = "days_to_due"
  /// The reported status: status.
  case status
  /// Due with no status given: bool.
  case missing
  /// Completion reported: bool.
  case reported
  /// Days the report is late: int.
  case daysUnreported = "days_unreported"
  /// Completion made public: bool.
  case published
  /// Days the publication is late: int.
  case daysUnpublished = "days_unpublished"
  /// The report was false: bool.
  case falseReport = "false_report"
  /// Reported share of work done: number.
  case progress
  /// The rectification class: string (a class id the plan declares).
  case `class`
  /// The obligation id: string.
  case obligation
  /// The responsible body id: string.
  case body
  /// The kind of the responsible body (`kind:` of the body): string.
  case bodyKind = "body_kind"
  /// Days a completion came after the due date: int.
  case daysLate = "days_late"
  /// The kind of violation: violation.
  case violation
  /// The metric id: string.
  case metric
  /// A reading off its path: bool.
  case offTrack = "off_track"
  /// A reading that missed its target: bool.
  case targetMissed = "target_missed"
  /// How much worse than path or target: number.
  case gap
  /// The reading value: number.
  case reading
  /// Warned already: bool.
  case warned
  /// Supervised already: bool.
  case supervised
  /// Interviewed already: bool.
  case interviewed
  /// Days since the latest warning: int.
  case daysSinceWarning = "days_since_warning"
  /// Days since the latest supervision: int.
  case daysSinceSupervision = "days_since_supervision"
  /// Days since the latest interview: int.
  case daysSinceInterview = "days_since_interview"
  /// The highest action taken: action.
  case highestAction = "highest_action"

  /// The fact's name, as conditions write it.
  public var name: String { rawValue }

  /// The fact's name.
  public var description: String { rawValue }

  /// The fact's type.
  public var type: ExpressionType { entry.type }

  /// What the fact is about: instances, metric readings, or both (`.any`).
  public var target: FactTarget { entry.target }

  /// What the fact means, in English and Chinese.
  public var meaning: LocalizedText { entry.meaning }

  /// The catalogue: type, target and meaning of every fact.
  private var entry: Entry {
    switch self {
    case .overdue:
      Entry(
        .bool, .obligations,
        en: "The instance was due before the as-of date (it is overdue from the day after its "
          + "due date) and is neither done nor closed.",
        zh: "截止日期早于检查日(截止日次日起逾期),且状态既非已完成也非已销号(逾期)。")
    case .daysOverdue:
      Entry(
        .int, .obligations,
        en: "Calendar days from the due date to the as-of date when overdue; 0 otherwise.",
        zh: "逾期时,自截止日期至检查日的日历天数;未逾期为 0。")
    case .daysToDue:
      Entry(
        .int, .obligations,
        en: "Calendar days from the as-of date to the due date, negative once past it; "
          + "missing while a relative deadline's start is unknown.",
        zh: "自检查日至截止日期的日历天数,过期后为负;相对期限的起点未定时缺失。")
    case .status:
      Entry(
        .enumeration(.status), .obligations,
        en: "The status the body reported; missing when the snapshot gives none.",
        zh: "责任单位报送的状态;快照中没有时缺失。")
    case .missing:
      Entry(
        .bool, .any,
        en: "The instance is overdue but the snapshot gives no status for it (not submitted); "
          + "for a metric, no reading since its target date.",
        zh: "已逾期但快照中没有其状态(未报送);指标则为目标期限后没有监测值。")
    case .reported:
      Entry(
        .bool, .obligations,
        en: "The completion was reported to the rectification office.",
        zh: "已向整改办公室报告完成情况。")
    case .daysUnreported:
      Entry(
        .int, .obligations,
        en: "Days since the report fell due (completion plus report_within) without a "
          + "report; 0 otherwise.",
        zh: "完成后超过报告时限(report_within)仍未报告的天数;否则为 0。")
    case .published:
      Entry(
        .bool, .obligations,
        en: "The completed rectification was made public.",
        zh: "整改完成情况已向社会公开。")
    case .daysUnpublished:
      Entry(
        .int, .obligations,
        en: "Days since publication fell due (completion plus publish_within) without it; "
          + "0 otherwise.",
        zh: "完成后超过公开时限(publish_within)仍未公开的天数;否则为 0。")
    case .falseReport:
      Entry(
        .bool, .obligations,
        en: "The report on the rectification was found to be false.",
        zh: "反馈整改情况失实。")
    case .progress:
      Entry(
        .number, .obligations,
        en: "The share of the work done, from 0 to 1, as reported; missing when not given.",
        zh: "报送的工作进度,0 至 1;未报送时缺失。")
    case .class:
      Entry(
        .string, .obligations,
        en: "The id of the obligation's time-limit class, one the plan declares under "
          + "`classes:`; bare names are class ids (`class == immediate`).",
        zh: "义务的整改类别编号,须为计划在 `classes:` 下定义的类别;可不加引号(`class == immediate`)。")
    case .obligation:
      Entry(
        .string, .obligations,
        en: "The obligation's id, without the @body or #period suffix.",
        zh: "义务的编号,不含 @单位 或 #期次 后缀。")
    case .body:
      Entry(
        .string, .any,
        en: "The id of the responsible body of the instance or reading.",
        zh: "实例或监测值的责任单位编号。")
    case .bodyKind:
      Entry(
        .string, .any,
        en: "The `kind:` of the responsible body (`city`, `department`...); missing when "
          + "the body gives none.",
        zh: "责任单位的类型(其 `kind:`,如 `city`、`department`);未给出时缺失。")
    case .daysLate:
      Entry(
        .int, .obligations,
        en: "Days from the due date to the completion when the instance was completed after "
          + "it; 0 otherwise.",
        zh: "逾期完成时,自截止日期至完成日期的天数;否则为 0。")
    case .violation:
      Entry(
        .enumeration(.violation), .any,
        en: "The kind of the violation being escalated.",
        zh: "所处理的违规类型。")
    case .metric:
      Entry(
        .string, .metrics,
        en: "The metric's id, without the @body suffix.",
        zh: "指标的编号,不含 @单位 后缀。")
    case .offTrack:
      Entry(
        .bool, .metrics,
        en: "The reading is worse than the straight path from baseline to target on its date.",
        zh: "监测值劣于从基线到目标的直线进度。")
    case .targetMissed:
      Entry(
        .bool, .metrics,
        en: "The target's date has passed (from the day after it) and the reading is worse "
          + "than the target.",
        zh: "已过目标期限,监测值仍劣于目标值。")
    case .gap:
      Entry(
        .number, .metrics,
        en: "How far the reading is worse than the path (or, after the target date, the "
          + "target), in the metric's unit; positive means worse.",
        zh: "监测值劣于进度线(过期后为目标值)的差距,单位同指标;正数表示更差。")
    case .reading:
      Entry(
        .number, .metrics,
        en: "The reading's value, in the metric's unit.",
        zh: "监测值,单位同指标。")
    case .warned:
      Entry(
        .bool, .any,
        en: "A warning is recorded in the snapshot's actions for this instance or reading.",
        zh: "快照的措施记录中已有对其的预警。")
    case .supervised:
      Entry(
        .bool, .any,
        en: "A supervision is recorded in the snapshot's actions.",
        zh: "快照的措施记录中已有对其的督办。")
    case .interviewed:
      Entry(
        .bool, .any,
        en: "An interview of the responsible body's heads is recorded in the snapshot's "
          + "actions.",
        zh: "快照的措施记录中已有对责任单位负责人的约谈。")
    case .daysSinceWarning:
      Entry(
        .int, .any,
        en: "Days from the latest recorded warning to the as-of date; missing when none.",
        zh: "自最近一次预警至检查日的天数;没有预警时缺失。")
    case .daysSinceSupervision:
      Entry(
        .int, .any,
        en: "Days from the latest recorded supervision to the as-of date; missing when none.",
        zh: "自最近一次督办至检查日的天数;没有督办时缺失。")
    case .daysSinceInterview:
      Entry(
        .int, .any,
        en: "Days from the latest recorded interview to the as-of date; missing when none.",
        zh: "自最近一次约谈至检查日的天数;没有约谈时缺失。")
    case .highestAction:
      Entry(
        .enumeration(.action), .any,
        en: "The highest action already recorded for this instance or reading; missing "
          + "when none.",
        zh: "已记录的最高一级措施;没有时缺失。")
    }
  }
}

/// One row of the fact catalogue.
private struct Entry {
  let type: ExpressionType
  let target: FactTarget
  let meaning: LocalizedText

  init(_ type: ExpressionType, _ target: FactTarget, en: String, zh: String) {
    self.type = type
    self.target = target
    meaning = LocalizedText(en: en, zh: zh)
  }
}
