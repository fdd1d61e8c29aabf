public import RuleParser

/// The findings for people: a heading, then the escalations grouped by action
/// (highest first) and the target body, one line per finding; the violations
/// no policy escalates; what was resolved since an earlier snapshot; and a
/// count per action.
public struct TextReport: CheckReport {
  /// The language of the labels (titles and clauses stay as the plan wrote them).
  public var language: Language

  /// Creates a text report.
  public init(language: Language) {
    self.language = language
  }

  /// Writes the report, one line at a time, every line made printable.
  public func write(_ result: CheckResult, graph: ObligationGraph, to output: inout ReportOutput) {
    output.writeLine(heading(result))
    if let returns = result.returns {
      output.writeLine("")
      for line in returns.textLines(language: language, graph: graph) { output.writeLine(line) }
    }
    // Grouped along a short list of the actions met (a ladder has a few):
    // an action is found by comparing, not hashing its strings.
    var actions: [EscalationAction] = []
    var byAction: [[Int]] = []
    for index in result.escalations.indices {
      let action = result.escalations[index].action
      if let known = actions.firstIndex(of: action) {
        byAction[known].append(index)
      } else {
        actions.append(action)
        byAction.append([index])
      }
    }
    // The lines of the findings and their headings, in order, written on
    // both cores (`TwoCoreWriting`).
    var lines: [Line] = []
    let bodies = BodyPositions(graph: graph)
    for action in graph.plan.actions.reversed() {
      guard let known = actions.firstIndex(of: action) else { continue }
      let escalations = byAction[known]
      lines.append(.heading(""))
      lines.append(
        .heading(label(action) + ReportText.parenthesized("\(escalations.count)", in: language)))
      for (body, group) in grouped(
        escalations, bodies: bodies, by: { result.escalations.withElement(at: $0) { $0.target } })
      {
        lines.append(.heading("  " + ReportText.body(body, in: graph, language: language)))
        for index in group {
          guard let answered = result.violationPosition(answering: index) else { continue }
          lines.append(.finding(violation: answered, escalation: index))
        }
      }
    }
    let unanswered = result.violations.indices.filter { !result.isEscalated(violationAt: $0) }
    if !unanswered.isEmpty {
      lines.append(.heading(""))
      lines.append(
        .heading(
          text("No policy applies", "未触发处置措施")
            + ReportText.parenthesized("\(unanswered.count)", in: language)))
      for (body, group) in grouped(
        unanswered, bodies: bodies, by: { result.violations.withElement(at: $0) { $0.body } })
      {
        lines.append(.heading("  " + ReportText.body(body, in: graph, language: language)))
        for index in group { lines.append(.finding(violation: index, escalation: nil)) }
      }
    }
    TwoCoreWriting.write(lines.count, into: &output, state: PolicyBytes()) {
      range, policies, output in
      for line in lines[range] {
        switch line {
        case .heading(let text): output.writeLine(text)
        case .finding(let violation, let escalation):
          result.violations.withElement(at: violation) {
            write(
              $0, escalation.map { result.escalations[$0] }, result, graph, &policies,
              into: &output)
          }
        }
      }
    }
    if let changes = result.changes { writeResolved(changes, graph: graph, into: &output) }
    output.writeLine("")
    output.writeLine(summary(result, graph: graph))
  }

  /// A line of the findings' part of the report: a heading (of an
  /// action, a body) or a finding, by its positions in the result.
  private enum Line {
    case heading(String)
    case finding(violation: Int, escalation: Int?)
  }

  private func heading(_ result: CheckResult) -> String {
    let violations = result.violations.count
    let escalations = result.escalations.count
    var heading =
      language == .zh
      ? "\(result.planTitle)（\(result.plan)），截至 \(result.asOf)：违规 \(violations) 项，"
        + "处置措施 \(escalations) 项。"
      : "\(result.plan) (\(result.planTitle)) as of \(result.asOf): "
        + ReportText.count(violations, "violation", "violations") + ", "
        + ReportText.count(escalations, "escalation", "escalations") + "."
    let taken = result.escalations.count { !$0.isProposed }
    if taken > 0 {
      heading += text(" \(taken) already taken.", "其中 \(taken) 项已实施。")
    }
    if let since = result.changes?.since {
      heading += text(" Compared with \(since).", "与 \(since) 比较。")
    }
    return heading
  }

  private func label(_ action: EscalationAction) -> String {
    language == .zh ? action.chineseName : "\(action.rawValue.uppercased()) \(action.chineseName)"
  }

  /// One finding's line: change, instance, title, due, measure, kind,
  /// action and clauses, two spaces apart, indented by four spaces; each
  /// part printable, written in pieces (escaping is scalar by scalar, so a
  /// part escaped in pieces reads as the part escaped whole).
  private func write(
    _ violation: Violation, _ escalation: Escalation?, _ result: CheckResult,
    _ graph: ObligationGraph, _ policies: inout PolicyBytes, into output: inout ReportOutput
  ) {
    var separated = false
    // Starts the next part.
    func part() {
      output.write(literal: separated ? "  " : "    ")
      separated = true
    }
    func append(_ text: String) {
      part()
      output.writePrintable(text)
    }
    defer { output.write(literal: "\n") }
    let zh = language == .zh
    if let changes = result.changes {
      let change = escalation.map(changes.change(of:)) ?? changes.change(of: violation)
      append(change == .new ? text("[new]", "[新增]") : text("[continuing]", "[持续]"))
    }
    append(violation.instance)
    append(violation.title)
    if let due = violation.due {
      let label = violation.kind.dueLabel
      append(zh ? label.zh : label.en)
      output.write(literal: " ")
      output.write(due.description)
    }
    if let days = ReportText.daysOverdue(violation) {
      part()
      output.writeOverdue(days, in: language)
    } else {
      append(ReportText.measure(of: violation, in: language))
    }
    part()
    output.write(literal: "[")
    output.writePrintable(violation.kind.label(graph.plan.words).text(in: language))
    output.write(literal: "]")
    if let escalation {
      part()
      // Who acts, under which clause and policy: the policy's, made once.
      policies.write(of: escalation, into: &output) { output in
        output.write(literal: zh ? "由" : "by ")
        output.writePrintable(ReportText.bodyName(escalation.by, in: graph))
        if zh {
          output.writePrintable(escalation.action.chineseName)
          output.write(literal: "，依据")
        } else {
          output.write(literal: " under")
        }
        if let source = escalation.source {
          output.write(literal: " ")
          output.writePrintable(source.section)
        }
        output.write(literal: zh ? "（" : " (")
        output.writePrintable(escalation.policy)
        output.write(literal: zh ? "）" : ")")
      }
      if let taken = escalation.taken {
        append(ReportText.taken(taken, in: language))
        append(next(after: taken, of: violation, result))
      }
    }
    if let doubtful = violation.doubtful {
      append(text("[doubtful: \(doubtful)]", "[待核实：\(doubtful)]"))
    }
    if !violation.cooperating.isEmpty {
      let names = violation.cooperating.map { ReportText.bodyName($0, in: graph) }
      append(
        text(
          "cooperating: " + names.joined(separator: ", "), "配合单位 " + names.joined(separator: "、")))
    }
    if let source = violation.source {
      part()
      output.write(literal: zh ? "条款 " : "clause ")
      output.writePrintable(source.section)
    }
  }

  /// The next step after a taken one: the lowest proposed escalation of the
  /// same violation above it.
  private func next(after taken: TakenAction, of violation: Violation, _ result: CheckResult)
    -> String
  {
    let above = result.escalations(of: violation).filter {
      $0.isProposed && $0.action > taken.action
    }
    guard let step = above.min(by: { $0.action < $1.action }) else {
      return text("next: none due yet", "下一步：暂无")
    }
    return text(
      "next: \(step.action.rawValue) (\(step.policy))",
      "下一步：\(step.action.chineseName)（\(step.policy)）")
  }

  private func writeResolved(
    _ changes: FindingChanges, graph: ObligationGraph, into output: inout ReportOutput
  ) {
    let violations = changes.resolvedViolations
    guard !violations.isEmpty else { return }
    output.writeLine("")
    output.writeLine(
      text("Resolved since \(changes.since)", "自 \(changes.since) 以来已解决")
        + ReportText.parenthesized("\(violations.count)", in: language))
    let bodies = BodyPositions(graph: graph)
    for (body, group) in grouped(violations.indices, bodies: bodies, by: { violations[$0].body }) {
      output.writeLine("  " + ReportText.body(body, in: graph, language: language))
      for index in group {
        let violation = violations[index]
        output.writeLine(
          "    \(violation.instance)  \(violation.title)  "
            + "[\(violation.kind.label(graph.plan.words).text(in: language))]")
      }
    }
  }

  private func summary(_ result: CheckResult, graph: ObligationGraph) -> String {
    let counts = result.countsByAction
    let actions = graph.plan.actions.reversed().map { action in
      language == .zh
        ? "\(action.chineseName) \(counts[action] ?? 0)"
        : "\(counts[action] ?? 0) \(action.rawValue)"
    }
    let kinds = result.countsByKind
    let byKind = ViolationKind.allCases.compactMap { kind -> String? in
      guard let count = kinds[kind] else { return nil }
      return language == .zh
        ? "\(kind.label(graph.plan.words).zh) \(count)" : "\(count) \(kind.rawValue)"
    }
    var summary =
      language == .zh
      ? "合计：" + actions.joined(separator: "，") + "；违规 \(result.violations.count) 项"
      : "Summary: " + actions.joined(separator: ", ") + "; "
        + ReportText.count(result.violations.count, "violation", "violations")
    if !byKind.isEmpty {
      summary +=
        language == .zh
        ? "（" + byKind.joined(separator: "，") + "）" : " (" + byKind.joined(separator: ", ") + ")"
    }
    if let changes = result.changes {
      let new = result.violations.filter { changes.change(of: $0) == .new }.count
      let gone = changes.resolvedViolations.count
      summary += text("; \(new) new, \(gone) resolved", "；新增 \(new) 项，已解决 \(gone) 项")
    }
    return summary + text(".", "。")
  }

  /// The text in the report's language (only that one is made).
  private func text(_ en: @autoclosure () -> String, _ zh: @autoclosure () -> String) -> String {
    language == .zh ? zh() : en()
  }

  /// Positions grouped by a body id, bodies in id order, positions in their order.
  private func grouped(
    _ positions: some Collection<Int>, bodies: BodyPositions, by body: (Int) -> String
  ) -> [(String, [Int])] {
    let groups = PositionGroups(positions, by: body, bodies: bodies)
    return groups.keys.indices.sorted { groups.keys[$0] < groups.keys[$1] }.map {
      (groups.keys[$0], Array(groups[$0]))
    }
  }
}
