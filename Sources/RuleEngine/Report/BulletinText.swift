import RuleParser

/// What a violation amounts to, written as a bulletin (通报) writes it: no
/// ids, no spaces around numbers, dates as 2017年9月8日, differences of
/// percentages in percentage points.
enum BulletinText {
  /// Writes `measure(of:in:)`, printable: a number of days overdue
  /// written in place, any other measure made first.
  static func writeMeasure(
    of violation: Violation, in graph: ObligationGraph, into output: inout ReportOutput
  ) {
    guard let days = ReportText.daysOverdue(violation) else {
      return output.writePrintable(measure(of: violation, in: graph))
    }
    output.write(literal: "逾期")
    output.write(days)
    output.write(literal: "天")
  }

  /// `逾期76天`, `公开逾期52天`, `监测值为89%，进度要求为89.99%，差距0.99个百分点`.
  static func measure(of violation: Violation, in graph: ObligationGraph) -> String {
    let facts = violation.facts
    let details = violation.details
    let unit = details.unit
    switch violation.kind {
    case .missing where violation.isMetricSubject:
      guard let form = details.form else { return "目标期限后未报送监测值" }
      return "目标" + TargetWording.chinese(details.target ?? 0, form, unit: unit)
        + TargetWording.chineseQualifiers(form) + "未报送监测值"
    case .overdue, .missing:
      return "逾期\(facts.count(.daysOverdue))天"
    case .late:
      return "逾期\(facts.count(.daysLate))天完成"
    case .unreported:
      return details.late == nil
        ? "逾期\(facts.count(.daysUnreported))天仍未报送" : "迟报\(facts.count(.daysUnreported))天"
    case .unpublished:
      return details.late == nil
        ? "逾期\(facts.count(.daysUnpublished))天仍未公开" : "迟延公开\(facts.count(.daysUnpublished))天"
    case .falseReport:
      return details.late.map { "\(ChineseDate.text($0))报送的整改情况经核实失实" }
        ?? "报送的整改情况经核实失实"
    case .dependencyOrder:
      let titles = details.prerequisites.map { id in
        "“" + (graph.instance(id).flatMap { graph.obligation($0.obligation)?.title } ?? id) + "”"
      }
      return "早于前置任务" + titles.joined(separator: "、") + "完成"
    case .offTrack:
      return "监测值为\(ChineseWriting.quantity(facts.amount(.reading), unit: unit))，"
        + "进度要求为\(ChineseWriting.quantity(details.pathValue ?? 0, unit: unit))"
        + "\(TargetWording.chineseQualifiers(details.form))，"
        + "差距\(ChineseWriting.difference(facts.amount(.gap), unit: unit))"
    case .targetMissed:
      return "监测值为\(ChineseWriting.quantity(facts.amount(.reading), unit: unit))，"
        + "目标为\(TargetWording.chinese(details.target ?? 0, details.form, unit: unit))"
        + "\(TargetWording.chineseQualifiers(details.form))，"
        + "差距\(ChineseWriting.difference(facts.amount(.gap), unit: unit))"
    }
  }
}
