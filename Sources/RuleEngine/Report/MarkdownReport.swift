import RuleParser

/// The findings as a bulletin (通报) in Chinese Markdown, ready to publish: an
/// opening paragraph with the counts, then per responsible body (most severe
/// first) each problem, the clause it breaks (quoted) and the action that
/// follows under which clause; a table of the actions at the end.
public struct MarkdownReport: CheckReport {
  /// Creates a Markdown report.
  public init() {}

  /// The report.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var lines = ["# 关于\(escape(result.planTitle))落实情况的通报", ""]
    lines.append(opening(result))
    let ranked = result.violations.map { violation in
      (violation, result.escalations(of: violation).map(\.action.level).max() ?? 0)
    }
    let byBody = Dictionary(grouping: ranked) { $0.0.body }
    let levels = byBody.mapValues { $0.map(\.1).max() ?? 0 }
    let bodies = byBody.keys.sorted { lhs, rhs in
      let (left, right) = (levels[lhs] ?? 0, levels[rhs] ?? 0)
      return left != right ? left > right : lhs < rhs
    }
    for (number, body) in bodies.enumerated() {
      lines += ["", "## \(ChineseNumeral.text(number + 1))、\(escape(bodyName(body, graph)))"]
      let violations = (byBody[body] ?? []).sorted { lhs, rhs in
        lhs.1 != rhs.1 ? lhs.1 > rhs.1 : (lhs.0.instance, lhs.0.kind) < (rhs.0.instance, rhs.0.kind)
      }
      for (index, violation) in violations.enumerated() {
        lines += [""] + item(index + 1, violation.0, result, graph)
      }
    }
    if let changes = result.changes, !changes.resolvedViolations.isEmpty {
      lines += ["", "## 已整改问题", ""]
      lines.append("与\(ChineseDate.text(changes.since))相比,以下问题已不再存在:")
      lines.append("")
      for violation in changes.resolvedViolations {
        lines.append(
          "- \(escape(bodyName(violation.body, graph))):\(escape(violation.title))"
            + "(`\(violation.instance)`,\(violation.kind.label.zh))")
      }
    }
    lines += ["", "## 处置措施汇总", "", "| 措施 | 数量 |", "| --- | ---: |"]
    let counts = result.countsByAction
    for action in EscalationAction.allCases.reversed() {
      lines.append("| \(action.chineseName) | \(counts[action] ?? 0) |")
    }
    lines += ["", "由 rulec 依据整改方案规则生成。"]
    return PrintableText.joinedLines(lines)
  }

  private func opening(_ result: CheckResult) -> String {
    let bodies = Set(result.violations.map(\.body)).count
    var text =
      "截至\(ChineseDate.text(result.asOf)),对照《\(escape(result.planTitle))》检查,"
    guard !result.violations.isEmpty else {
      return text + "未发现逾期、未报送、未公开或进度滞后等问题。"
    }
    text += "共发现问题 \(result.violations.count) 项,涉及 \(bodies) 个责任单位"
    let counts = result.countsByAction
    let actions = EscalationAction.allCases.reversed().compactMap { action -> String? in
      guard let count = counts[action] else { return nil }
      return "\(action.chineseName) \(count) 项"
    }
    if !actions.isEmpty { text += ";依方案应予" + actions.joined(separator: "、") }
    text += "。"
    if let changes = result.changes {
      let new = result.violations.filter { changes.change(of: $0) == .new }.count
      text +=
        "与\(ChineseDate.text(changes.since))相比,新增问题 \(new) 项,"
        + "已整改 \(changes.resolvedViolations.count) 项。"
    }
    return text + "现将有关情况通报如下。"
  }

  private func item(
    _ number: Int, _ violation: Violation, _ result: CheckResult, _ graph: ObligationGraph
  ) -> [String] {
    var lines = ["### \(number). \(escape(violation.title))", ""]
    var problem = "- 问题:\(violation.kind.label.zh)"
    if let due = violation.due { problem += ",期限\(ChineseDate.text(due))" }
    problem += ",\(ReportText.measure(of: violation, in: .zh))"
    if let changes = result.changes {
      problem += changes.change(of: violation) == .new ? "(新增)" : "(持续)"
    }
    lines.append(problem + "。")
    lines.append("- 编号:`\(violation.instance)`")
    if let source = violation.source {
      lines.append("- 依据:\(source.section) “\(escape(source.quote))”")
    }
    let escalations = result.escalations(of: violation)
    if escalations.isEmpty {
      lines.append("- 处置:方案未对此规定处置措施,继续跟踪督促。")
    }
    for escalation in escalations {
      var action =
        "- 处置:由\(escape(bodyName(escalation.by, graph)))"
        + "\(escalation.action.chineseName)"
      if let source = escalation.source {
        action += ",依据 \(source.section) “\(escape(source.quote))”"
      }
      lines.append(action + "。")
    }
    return lines
  }

  private func bodyName(_ id: String, _ graph: ObligationGraph) -> String {
    graph.body(id)?.name ?? id
  }

  /// Text with Markdown's special characters escaped (the document writes a
  /// redacted word as `*`).
  private func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_[]<>|#".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}

/// Chinese numerals for section numbers: 一 to 九十九, then digits.
enum ChineseNumeral {
  private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// The numeral for `number`.
  static func text(_ number: Int) -> String {
    switch number {
    case 1...9: return digits[number]
    case 10...99:
      let tens = number / 10
      let ones = number % 10
      return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    default: return String(number)
    }
  }
}

/// Chinese calendar dates: 2017年10月15日.
enum ChineseDate {
  /// The date as Chinese text.
  static func text(_ day: Day) -> String {
    "\(day.year)年\(day.month)月\(day.day)日"
  }
}
