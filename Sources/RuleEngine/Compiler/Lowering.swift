import RuleParser

/// Turns resolved declarations into the graph's model values, checking
/// quotes against the document and compiling policy conditions on the way.
struct Lowering {
  let table: DeclarationTable
  /// Mutable: it remembers the quotes it has looked up.
  var quotes: QuoteChecker?

  func bodies() -> [Body] {
    table.bodyOrder.compactMap { id in
      table.bodies[id].map { decl in
        Body(
          id: id, name: decl.name.value, short: decl.short?.value, parent: decl.parent?.value,
          members: decl.members.map(\.value), location: decl.range.start,
          kind: decl.kind?.value)
      }
    }
  }

  /// The plan's classes, with their deadlines; E202 for a class counted in
  /// working days past the years `calendar` knows.
  mutating func classes(calendar: WorkingCalendar, diagnostics: inout Diagnostics)
    -> [ObligationClass]
  {
    let effective = table.plan?.decl.effective?.value
    return table.classes.enumerated().map { position, decl -> ObligationClass in
      var within: TimeSpan?
      var due: Day?
      switch decl.deadline {
      case .within(let span)?:
        within = span.value
        if let effective,
          case .failure(.outsideKnownYears(let day, let known)) = span.value.added(
            to: effective, in: calendar)
        {
          diagnostics.report(.workingDaysOutsideCalendar(day, known: known, at: span.range))
        }
      case .fixed(let day, _)?: due = day.value
      case nil: break
      }
      return ObligationClass(
        id: decl.id.value, name: decl.name.value, within: within, due: due,
        final: decl.final?.value, standing: decl.standing, report: decl.report?.value,
        source: decl.source.flatMap {
          clause($0, kind: .timeLimitClass, id: decl.id, diagnostics: &diagnostics)
        },
        position: position)
    }
  }

  mutating func obligations(classes: [String: ObligationClass], diagnostics: inout Diagnostics)
    -> [Obligation]
  {
    let plan = table.plan?.decl
    return table.obligations.map { decl -> Obligation in
      let id = decl.id.value
      var dependsOn = decl.dependsOn.map(\.value)
      let due: Obligation.DueRule?
      switch decl.due {
      case .fixed(let day, let phrase)?: due = .fixed(day.value, phrase: phrase)
      case .relative(let within, let after)?:
        due = .relative(within: within.value, after: after?.value)
        if let after, !dependsOn.contains(after.value) { dependsOn.append(after.value) }
        if after == nil, plan?.effective == nil {
          diagnostics.report(
            .error(
              .noEffectiveDate,
              LocalizedText(
                "relative deadline of '\(id)' has no 'after' and the plan has no 'effective' date",
                "'\(id)' 的相对期限没有 'after'，且计划未设 'effective' 日期"), at: within.range))
        }
      case nil: due = nil
      }
      let obligationClass = decl.obligationClass.flatMap { classes[$0.value] }
      // Most duties write neither `from` nor `until`: the pair of keys to
      // look at is not made for them (an array a duty, 10,000 at 100k).
      if decl.every == nil, decl.due != nil || obligationClass?.report == nil,
        decl.from != nil || decl.until != nil
      {
        // `from`/`until` bound the reports of a standing class, or nothing.
        for (key, range) in [("from", decl.from?.range), ("until", decl.until?.range)] {
          if let range, decl.obligationClass.map({ classes[$0.value] != nil }) ?? false {
            diagnostics.report(.keyNeedsEvery(key, at: range))
          }
        }
      }
      return Obligation(
        id: id, title: decl.title.value,
        source: clause(decl.source, kind: .obligation, id: decl.id, diagnostics: &diagnostics),
        responsible: decl.responsible.map(\.value), cooperating: decl.cooperating.map(\.value),
        dependsOn: dependsOn, due: due, every: decl.every?.value, everyDue: decl.everyDue,
        from: decl.from?.value ?? (decl.every != nil ? plan?.effective?.value : nil),
        until: decl.until?.value ?? (decl.every != nil ? plan?.until?.value : nil),
        obligationClass: obligationClass,
        reportWithin: decl.reportWithin?.value ?? plan?.reportWithin?.value,
        publishWithin: decl.publishWithin?.value ?? plan?.publishWithin?.value,
        location: decl.range.start, doubtful: decl.doubtful?.value)
    }
  }

  mutating func metrics(groups: GroupResolver, diagnostics: inout Diagnostics) -> [Metric] {
    let targets = TargetLowering(effective: table.plan?.decl.effective?.value)
    return table.metrics.values.sorted { $0.id.value < $1.id.value }.compactMap { decl in
      let lowered = targets.lower(
        decl.goal, baseline: decl.baseline?.value.value, diagnostics: &diagnostics)
      var metric = Metric(
        id: decl.id.value, name: decl.name.value, unit: decl.unit.value,
        responsible: decl.responsible.map(\.value), baselineValue: decl.baseline?.value.value,
        baselineOn: decl.baseline?.on.value, direction: decl.direction,
        target: lowered?.target ?? decl.target.value, by: lowered?.by ?? decl.by.value,
        source: clause(decl.source, kind: .metric, id: decl.id, diagnostics: &diagnostics),
        location: decl.range.start, doubtful: decl.doubtful?.value)
      guard let lowered else { return nil }
      metric.shape = lowered.shape
      metric.stages = lowered.stages
      metric.period = lowered.period
      if let shared = decl.shared {
        let members = groups.expand(metric.responsible)
        if members.count < 2 {
          diagnostics.report(.sharedTargetOneBody(metric.id, at: shared.range))
        }
        metric.shared = shared.value
        metric.sharedBy = members
      }
      return metric
    }
  }

  func metricInstances(groups: GroupResolver, diagnostics: inout Diagnostics) -> [MetricInstance] {
    table.metrics.values.flatMap { decl -> [MetricInstance] in
      let written = decl.responsible.map(\.value)
      let bodies = groups.expand(written)
      let isSingle = !decl.responsibleIsList && bodies == written
      let overrides = metricOverrides(
        decl, bodies: bodies, groups: groups, diagnostics: &diagnostics)
      return bodies.map { body in
        MetricInstance(
          id: isSingle ? decl.id.value : InstanceID.of(decl.id.value, body: body),
          metric: decl.id.value,
          body: body, override: overrides[body])
      }
    }
  }

  /// Each body's own target and baseline, from `per_body:`.
  private func metricOverrides(
    _ decl: MetricDecl, bodies: [String], groups: GroupResolver, diagnostics: inout Diagnostics
  ) -> [String: MetricInstance.Override] {
    let targets = TargetLowering(effective: table.plan?.decl.effective?.value)
    return groups.overrides(
      decl.perBody, of: decl.id.value, written: decl.responsible.map(\.value), bodies: bodies,
      diagnostics: &diagnostics
    ).mapValues { index in
      let entry = decl.perBody[index]
      let baseline = entry.baseline?.value.value ?? decl.baseline?.value.value
      let lowered = entry.target.flatMap {
        targets.lower($0, baseline: baseline, diagnostics: &diagnostics)
      }
      return MetricInstance.Override(
        direction: entry.target?.direction, target: lowered?.target, by: lowered?.by,
        baselineValue: entry.baseline?.value.value, baselineOn: entry.baseline?.on.value,
        shape: lowered?.shape, stages: lowered?.stages ?? [], period: lowered?.period)
    }
  }

  mutating func policies(groups: GroupResolver, diagnostics: inout Diagnostics) -> [Policy] {
    let knownBodies = Set(table.bodyOrder)
    let knownClasses = Set(table.classes.map(\.id.value))
    // Made once for every policy: made for each, the set of every
    // obligation's id cost 2.6 M instructions a policy at 100,000 instances.
    let knownObligations = Set(table.obligationOrder)
    let knownMetrics = Set(table.metrics.keys)
    let incomplete = table.incomplete.values.filter { $0.kind == .policy }
    for decl in incomplete.sorted(by: { $0.id.value < $1.id.value }) {
      guard let when = decl.whenSource else { continue }
      _ = CompiledCondition.compile(
        when, knownBodies: knownBodies, knownObligations: knownObligations,
        knownMetrics: knownMetrics, knownClasses: knownClasses, into: &diagnostics)
    }
    let ladder = table.plan?.decl.actions ?? EscalationAction.standard
    return table.policies.values.sorted { $0.id.value < $1.id.value }.compactMap { decl in
      let action = ladder.first { $0.rawValue == decl.action.value }
      if action == nil {
        let allowed = ladder.map(\.rawValue)
        diagnostics.report(
          .unknownValue(
            decl.action.value, for: LocalizedText(en: "action", zh: "处置措施"), allowed: allowed,
            suggestion: DidYouMean(candidates: allowed).suggest(for: decl.action.value),
            at: decl.action.range))
      }
      // A policy with an unknown action is read no further than its
      // condition, as one that does not parse (no W001 for its clause).
      let condition = CompiledCondition.compile(
        decl.whenSource, knownBodies: knownBodies, knownObligations: knownObligations,
        knownMetrics: knownMetrics, knownClasses: knownClasses, into: &diagnostics)
      guard let action else { return nil }
      let source = clause(decl.source, kind: .policy, id: decl.id, diagnostics: &diagnostics)
      guard let condition else { return nil }
      let targets = decl.targets.map(\.value)
      let targetBodies = targets.isEmpty ? nil : Set(groups.expand(targets))
      if let targetBodies, targetBodies.contains(decl.by.value) {
        diagnostics.report(
          .warning(
            .policyTargetsItsActor,
            LocalizedText(
              en:
                "policy '\(decl.id.value)': its 'by' body '\(decl.by.value)' is among its own targets",
              zh: "政策 '\(decl.id.value)' 的执行单位 '\(decl.by.value)' 也在其处置对象之中"), at: decl.by.range))
      }
      return Policy(
        id: decl.id.value, title: decl.title?.value, when: decl.when.value,
        condition: condition, action: action, by: decl.by.value, source: source,
        location: decl.range.start, targets: targets, targetBodies: targetBodies,
        doubtful: decl.doubtful?.value)
    }
  }

  mutating func explanations(diagnostics: inout Diagnostics) -> [Explanation] {
    table.explained.map { decl in
      Explanation(
        quote: decl.quote.value, reason: decl.reason.value,
        documentLine: quotes?.line(of: decl.quote, diagnostics: &diagnostics),
        location: decl.quote.range.start)
    }
  }

  private mutating func clause(
    _ source: SourceDecl?, kind: DeclarationKind, id: Located<String>,
    diagnostics: inout Diagnostics
  ) -> SourceClause? {
    guard let source else {
      diagnostics.report(
        .warning(
          .missingSource,
          kind.named(id.value) + LocalizedText(" does not cite its source clause", " 未注明来源条款"),
          at: id.range))
      return nil
    }
    if let checked = quotes?.check(source, diagnostics: &diagnostics) { return checked }
    return SourceClause(section: source.section.value, quote: source.quote.value, documentLine: nil)
  }
}
