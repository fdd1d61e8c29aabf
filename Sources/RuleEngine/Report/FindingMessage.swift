import RuleParser

/// A finding's message in Chinese, for the SARIF, JUnit and GitHub reports.
///
/// Under `--lang zh`: `water.sand-plan@zhangye（完成…）：逾期未完成，逾期 76 天，
/// 期限 2017-07-31。由省整改领导小组对张掖市约谈，依据五（二）。`
enum FindingMessage {
  /// The message.
  static func chinese(
    _ violation: Violation, _ escalation: Escalation?, _ graph: ObligationGraph
  ) -> String {
    var text =
      "\(violation.instance)（\(violation.title)）：\(violation.kind.label(graph.plan.words).zh)，"
      + ReportText.measure(of: violation, in: .zh)
    if let due = violation.due { text += "，\(violation.kind.dueLabel.zh) \(due)" }
    text += "。"
    if let escalation {
      text +=
        "由\(ReportText.bodyName(escalation.by, in: graph))对"
        + "\(ReportText.bodyName(escalation.target, in: graph))\(escalation.action.chineseName)"
      if let source = escalation.source {
        text += "，依据\(ChineseWriting.punctuated(source.section))"
      }
      text += "。"
    }
    if let source = violation.source {
      text += "任务依据\(ChineseWriting.punctuated(source.section))。"
    }
    return text
  }
}
