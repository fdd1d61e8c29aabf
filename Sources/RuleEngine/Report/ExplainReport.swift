public import RuleParser

/// What the compiler made of one id (`rulec explain ID`): for an obligation,
/// instance, metric, metric instance, policy or body, its source clause,
/// responsible bodies, due dates, dependencies both ways, and the policies
/// that can fire on it.
public struct ExplainReport: Sendable {
  /// The language of the labels.
  public var language: Language

  /// Creates an explain report.
  public init(language: Language) {
    self.language = language
  }

  /// The explanation of `id`, or `nil` when the plan has no such id.
  ///
  /// - Complexity: O(instances + policies) for the reverse dependencies.
  public func render(_ id: String, graph: ObligationGraph) -> String? {
    var lines: [String]
    if let obligation = graph.obligation(id) {
      lines = explain(obligation, graph)
    } else if let metric = graph.metric(id) {
      lines = explain(metric, body: nil, instance: nil, graph)
    } else if let policy = graph.policy(id) {
      lines = explain(policy, graph)
    } else if let instance = graph.instance(id) {
      lines = explain(instance, graph)
    } else if let metricInstance = graph.metricInstance(id),
      let metric = graph.metric(metricInstance.metric)
    {
      lines = explain(metric, body: metricInstance.body, instance: metricInstance.id, graph)
    } else if let body = graph.body(id) {
      lines = explain(body, graph)
    } else {
      return nil
    }
    return PrintableText.joinedLines(lines)
  }

  /// The known id closest to `id`, for "did you mean".
  public static func suggestion(for id: String, in graph: ObligationGraph) -> String? {
    let ids =
      graph.obligations.map(\.id) + graph.instances.map(\.id) + graph.metrics.map(\.id)
      + graph.metricInstances.map(\.id) + graph.policies.map(\.id) + graph.bodies.map(\.id)
    return DidYouMean(candidates: ids).suggest(for: id)
  }

  private func explain(_ obligation: Obligation, _ graph: ObligationGraph) -> [String] {
    let instances = graph.instances.filter { $0.obligation == obligation.id }
    var lines = ["\(text("obligation", "义务")) \(obligation.id)"]
    lines.append(field(text("title", "标题"), obligation.title))
    lines.append(field(text("declared at", "定义位置"), obligation.location.description))
    lines += clause(obligation.source)
    lines.append(field(text("responsible", "责任单位"), bodies(obligation.responsible, graph)))
    if !obligation.cooperating.isEmpty {
      lines.append(field(text("cooperating", "配合单位"), bodies(obligation.cooperating, graph)))
    }
    switch obligation.due {
    case .fixed(let day, let phrase)?:
      lines.append(
        field(text("due", "期限"), phrase == day.description ? "\(day)" : "\(day)" + paren(phrase)))
    case .relative(let within, let after)?:
      let start = after ?? text("the plan's effective date", "方案施行日期")
      lines.append(
        field(
          text("due", "期限"),
          text("\(span(within)) after \(start) is completed", "\(start) 完成后 \(span(within))内")))
    case nil: break
    }
    if let every = obligation.every {
      let range = [obligation.from?.description, obligation.until?.description]
        .compactMap { $0 }.joined(separator: " – ")
      lines.append(
        field(text("every", "周期"), "\(every.rawValue)\(paren(every.chineseName)) \(range)"))
    }
    // A standing duty that reports each period: its reports owe no report or
    // publication of their own.
    let reports =
      obligation.every == nil && obligation.due == nil
      ? obligation.obligationClass?.report?.recurrence : nil
    if let obligationClass = obligation.obligationClass {
      lines.append(
        field(text("class", "整改类别"), obligationClass.id + paren(obligationClass.name))
      )
      if let report = reports {
        let from = obligation.from.map { text(", from \($0)", "，自 \($0) 起") } ?? ""
        lines.append(
          field(text("reports", "按期报告"), "\(report.rawValue)\(paren(report.chineseName))\(from)"))
      }
    }
    if let within = obligation.reportWithin, reports == nil {
      lines.append(field(text("report within", "报送时限"), span(within)))
    }
    if let within = obligation.publishWithin, reports == nil {
      lines.append(field(text("publish within", "公开时限"), span(within)))
    }
    lines.append(field(text("depends on", "前置任务"), list(obligation.dependsOn)))
    let dependents = graph.obligations.filter { $0.dependsOn.contains(obligation.id) }.map(\.id)
    lines.append(field(text("needed by", "后续任务"), list(dependents)))
    lines.append(heading(text("instances", "实例"), count: instances.count))
    // A body's own cooperating bodies (`per_body:`) are named on its line.
    let shared = Set(obligation.cooperating.flatMap { graph.expand(body: $0) })
    for instance in instances {
      let own =
        Set(instance.cooperating) == shared
        ? "" : field(text("cooperating", "配合单位"), bodies(instance.cooperating, graph))
      lines.append(
        "    \(instance.id)  \(ReportText.bodyName(instance.body, in: graph))  \(due(instance))\(own)"
      )
    }
    let subject = PolicyReach.subject(obligation, instances: instances)
    lines += policies(graph.policies.filter { PolicyReach.canFire($0, on: subject) }, graph)
    return lines
  }

  private func explain(_ instance: Instance, _ graph: ObligationGraph) -> [String] {
    var lines = ["\(text("instance", "实例")) \(instance.id)"]
    lines.append(field(text("obligation", "义务"), instance.obligation))
    let obligation = graph.obligation(instance.obligation)
    if let obligation { lines.append(field(text("title", "标题"), obligation.title)) }
    lines.append(
      field(
        text("responsible", "责任单位"), ReportText.body(instance.body, in: graph, language: language)))
    if !instance.cooperating.isEmpty {
      lines.append(field(text("cooperating", "配合单位"), bodies(instance.cooperating, graph)))
    }
    if let occurrence = instance.occurrence {
      let start = instance.periodStart.map { "\($0) – " } ?? ""
      lines.append(
        field(
          text("occurrence", "期次"),
          "\(occurrence) (\(start)\(instance.due.map(\.description) ?? ""))"))
    }
    lines.append(field(text("due", "期限"), due(instance, labelled: false)))
    if let obligation {
      lines.append(field(text("declared at", "定义位置"), obligation.location.description))
      lines += clause(obligation.source)
    }
    lines.append(field(text("depends on", "前置任务"), list(instance.dependencies)))
    let dependents = graph.instances.filter { $0.dependencies.contains(instance.id) }.map(\.id)
    lines.append(field(text("needed by", "后续任务"), list(dependents)))
    if let obligation {
      let subject = PolicyReach.subject(obligation, instances: [instance])
      lines += policies(graph.policies.filter { PolicyReach.canFire($0, on: subject) }, graph)
    }
    return lines
  }

  private func explain(
    _ metric: Metric, body: String?, instance: String?, _ graph: ObligationGraph
  ) -> [String] {
    var lines: [String]
    if let instance, let body {
      lines = ["\(text("metric instance", "指标实例")) \(instance)"]
      lines.append(field(text("metric", "指标"), metric.id))
      lines.append(
        field(text("reported by", "责任单位"), ReportText.body(body, in: graph, language: language)))
    } else {
      lines = ["\(text("metric", "指标")) \(metric.id)"]
      lines.append(field(text("responsible", "责任单位"), bodies(metric.responsible, graph)))
    }
    lines.append(field(text("name", "名称"), metric.name + paren(metric.unit)))
    lines.append(field(text("declared at", "定义位置"), metric.location.description))
    lines += clause(metric.source)
    if let value = metric.baselineValue, let on = metric.baselineOn {
      lines.append(field(text("baseline", "基准"), ReportText.number(value) + paren("\(on)")))
    }
    lines += targetLines(metric)
    if instance == nil {
      let instances = graph.metricInstances.filter { $0.metric == metric.id }
      lines.append(heading(text("instances", "实例"), count: instances.count))
      for item in instances {
        lines.append("    \(item.id)  \(ReportText.bodyName(item.body, in: graph))")
      }
    }
    let subject = PolicyReach.subject(
      metric, body: body,
      bodies: Set(graph.metricInstances.filter { $0.metric == metric.id }.map(\.body)))
    lines += policies(graph.policies.filter { PolicyReach.canFire($0, on: subject) }, graph)
    return lines
  }

  /// `target: ≤ 38 by 2020-12-31`; a staged, periodic or shared target in
  /// the form the plan wrote it.
  private func targetLines(_ metric: Metric) -> [String] {
    func value(_ stage: MetricStage) -> String {
      let number = ReportText.number
      switch metric.shape {
      case .bound: return (metric.direction == .atMost ? "≤ " : "≥ ") + number(stage.value)
      case .about(let tolerance, let percent):
        return text("about ", "约 ") + number(stage.value) + " ±" + number(tolerance)
          + (percent ? "%" : "")
      case .between: return "\(number(stage.low ?? stage.value))–\(number(stage.value))"
      case .trend(let words):
        return words + text(" (a direction: a duty to report)", "（只有方向：报送监测情况）")
      }
    }
    let stages = metric.allStages
    var lines: [String] = []
    if let period = metric.period, let first = stages.first {
      let from = first.opens ?? first.by
      lines.append(
        field(
          text("target", "目标"),
          "\(value(first)) \(text(period.rawValue, period.chineseName)) \(text("from", "自")) \(from) "
            + "\(text("to", "至")) \(metric.by)"
            + paren("\(stages.count) \(text("periods", "个周期"))")))
    } else if stages.count > 1 {
      lines.append(
        "  \(text("target", "目标"))\(paren("\(stages.count) \(text("stages", "个阶段"))"))"
          + text(":", "："))
      lines += stages.map { "    \(value($0)) \(text("by", "期限")) \($0.by)" }
    } else {
      lines.append(
        field(text("target", "目标"), "\(value(stages[0])) \(text("by", "期限")) \(metric.by)"))
    }
    if let shared = metric.shared {
      lines.append(
        field(
          text("shared", "共同目标"),
          text(
            "\(shared.rawValue) of " + metric.sharedBy.joined(separator: ", "),
            metric.sharedBy.joined(separator: "、") + (shared == .sum ? " 合计" : " 平均"))))
    }
    return lines
  }

  private func explain(_ policy: Policy, _ graph: ObligationGraph) -> [String] {
    var lines = ["\(text("policy", "处置政策")) \(policy.id)"]
    if let title = policy.title { lines.append(field(text("title", "标题"), title)) }
    if let doubtful = policy.doubtful {
      lines.append(field(text("doubtful", "待核实"), doubtful))
    }
    lines.append(field(text("when", "条件"), policy.when))
    lines.append(
      field(text("action", "措施"), policy.action.rawValue + paren(policy.action.chineseName)))
    lines.append(
      field(text("by", "实施单位"), ReportText.body(policy.by, in: graph, language: language)))
    if !policy.targets.isEmpty {
      lines.append(field(text("targets", "处置对象"), bodies(policy.targets, graph)))
    }
    lines.append(field(text("declared at", "定义位置"), policy.location.description))
    lines += clause(policy.source)
    let all = PolicyReach.subjects(
      obligations: graph.obligations, instances: graph.instances, metrics: graph.metrics,
      metricInstances: graph.metricInstances)
    let obligations = all.obligations.filter { PolicyReach.canFire(policy, on: $0.2) }.map(\.0)
    let metrics = zip(graph.metrics, all.metrics).filter {
      PolicyReach.canFire(policy, on: $0.1)
    }.map(\.0)
    let counts = text(
      ReportText.count(obligations.count, "obligation", "obligations") + ", "
        + ReportText.count(metrics.count, "metric", "metrics"),
      "\(obligations.count) 项义务，\(metrics.count) 项指标")
    lines.append(field(text("can fire on", "可适用于"), counts))
    let shown = obligations.map(\.id) + metrics.map(\.id)
    for id in shown.prefix(20) { lines.append("    \(id)") }
    if shown.count > 20 {
      lines.append("    ... \(text("and \(shown.count - 20) more", "另有 \(shown.count - 20) 项"))")
    }
    return lines
  }

  private func explain(_ body: Body, _ graph: ObligationGraph) -> [String] {
    var lines = ["\(text("body", "单位")) \(body.id)"]
    lines.append(field(text("name", "名称"), body.name))
    if let short = body.short { lines.append(field(text("short name", "简称"), short)) }
    if let parent = body.parent {
      lines.append(
        field(text("part of", "隶属"), ReportText.body(parent, in: graph, language: language)))
    }
    if body.isGroup {
      lines.append(field(text("members", "成员"), bodies(body.members, graph)))
    }
    lines.append(field(text("declared at", "定义位置"), body.location.description))
    let groups = graph.bodies.filter { $0.members.contains(body.id) }.map(\.id)
    if !groups.isEmpty { lines.append(field(text("member of", "所属群组"), list(groups))) }
    let members = Set(graph.expand(body: body.id))
    let count = graph.instances.filter { members.contains($0.body) }.count
    lines.append(field(text("instances", "实例数"), "\(count)"))
    let acting = graph.policies.filter { $0.by == body.id }.map(\.id)
    lines.append(field(text("acts under", "实施的处置政策"), list(acting)))
    return lines
  }

  private func policies(_ policies: [Policy], _ graph: ObligationGraph) -> [String] {
    var lines = [heading(text("policies that can fire", "可能触发的处置政策"), count: policies.count)]
    for policy in policies.sorted(by: { ($0.action, $1.id) > ($1.action, $0.id) }) {
      let clause = policy.source.map { " [\($0.section)]" } ?? ""
      lines.append(
        "    \(policy.action.rawValue) (\(policy.action.chineseName))  \(policy.id)  "
          + "\(text("by", "由")) \(ReportText.bodyName(policy.by, in: graph))  "
          + "\(text("when", "条件")) \(policy.when)\(clause)")
    }
    return lines
  }

  private func clause(_ source: SourceClause?) -> [String] {
    guard let source else { return [field(text("clause", "条款"), text("(none)", "（无）"))] }
    let line = source.documentLine.map { text(" (document line \($0))", "（原文第 \($0) 行）") } ?? ""
    return [field(text("clause", "条款"), "\(source.section)\(line)"), "  “\(source.quote)”"]
  }

  private func due(_ instance: Instance, labelled: Bool = true) -> String {
    if let relative = instance.relativeDue {
      let planned = instance.due.map { text(", planned \($0)", "，计划 \($0)") } ?? ""
      return text(
        "\(span(relative.within)) after \(relative.after) is completed\(planned)",
        "\(relative.after) 完成后 \(span(relative.within))内\(planned)")
    }
    if let due = instance.due {
      let from =
        instance.dueSource == .class
        ? instance.obligationClass.map {
          instance.isStandingReport
            ? text(
              " (due_source: class \($0.id), \($0.name): the period's report)",
              "（期限来自整改类别：\($0.name)，本期报告）")
            : text(" (due_source: class \($0.id), \($0.name))", "（期限来自整改类别：\($0.name)）")
        } ?? "" : ""
      return (labelled ? text("due \(due)", "期限 \(due)") : due.description) + from
    }
    return instance.obligationClass.map {
      $0.standing
        ? text("standing (class \($0.id), \($0.name))", "长期坚持（\($0.name)）")
        : text("no date (class \($0.id))", "无具体期限（\($0.name)）")
    } ?? text("no date", "无具体期限")
  }

  private func span(_ span: TimeSpan) -> String {
    span.localizedDescription.text(in: language)
  }

  private func bodies(_ ids: [String], _ graph: ObligationGraph) -> String {
    ids.map { id in
      let body = ReportText.body(id, in: graph, language: language)
      guard graph.body(id)?.isGroup == true else { return body }
      let members = graph.expand(body: id).map { ReportText.bodyName($0, in: graph) }
      return "\(body) → " + members.joined(separator: text(", ", "、"))
    }.joined(separator: text("; ", "；"))
  }

  private func list(_ ids: [String]) -> String {
    ids.isEmpty ? text("(none)", "（无）") : ids.joined(separator: ", ")
  }

  /// `  label: value`, in Chinese `  label：value`.
  private func field(_ label: String, _ value: String) -> String {
    "  \(label)\(text(": ", "："))\(value)"
  }

  /// `  label (count):`, in Chinese `  label（count）：`, over a list.
  private func heading(_ label: String, count: Int) -> String {
    "  \(label)\(paren("\(count)"))\(text(":", "："))"
  }

  /// ` (text)`, in Chinese `（text）`.
  private func paren(_ text: String) -> String {
    ReportText.parenthesized(text, in: language)
  }

  private func text(_ en: String, _ zh: String) -> String {
    language == .zh ? zh : en
  }
}
