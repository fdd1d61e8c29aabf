import RuleParser

/// The warnings about rules that cannot work as the document says: a duty
/// that can never be overdue (W010), a policy that can fire on nothing (W011)
/// or only after the plan's last deadline (W012), a policy whose `targets:`
/// exclude everything its `when:` can match (W013).
///
/// - Complexity: O(I + P · (O + M)) for I instances, P policies, O
///   obligations and M metrics.
struct EnforcementLint {
  let table: DeclarationTable
  let parts: PendingGraph.Parts

  /// An obligation, its instances and what a policy can know of them.
  private typealias Duty = (
    obligation: Obligation, instances: ArraySlice<Instance>, subject: PolicyReach.Subject
  )

  func check(diagnostics: inout Diagnostics) {
    let (duties, metrics) = subjects()
    for (obligation, instances, _) in duties {
      let isStanding = obligation.obligationClass?.standing ?? false
      if !isStanding, obligation.every == nil, !instances.isEmpty,
        instances.allSatisfy({ $0.due == nil }),
        let decl = table.obligation(obligation.id)
      {
        diagnostics.report(
          .warning(
            .neverOverdue,
            LocalizedText(
              en:
                "obligation '\(obligation.id)' can never be overdue: none of its instances gets a deadline "
                + "(no 'due', no deadline from its class, no prerequisite that is ever due), and it "
                + "is neither standing nor recurring",
              zh: "义务 '\(obligation.id)' 永远不会逾期：其实例都没有期限（没有 'due'，类别没有期限，前置义务也没有期限），"
                + "且既非长期坚持，也非周期性义务"), at: decl.id.range))
      }
    }
    let subjects = duties.map(\.subject) + metrics
    // The plan's declared horizon (`plan.until`), else its last deadline.
    let lastDeadlines = [
      parts.instances.lazy.compactMap(\.due).max(), parts.metrics.lazy.map(\.by).max(),
    ]
    let horizon = table.plan?.0.until?.value ?? lastDeadlines.compactMap { $0 }.max()
    for policy in parts.policies where policy.doubtful == nil {
      guard let decl = table.policies[policy.id] else { continue }
      check(policy, decl, subjects: subjects, horizon: horizon, diagnostics: &diagnostics)
    }
  }

  /// `PolicyReach.subjects` of the plan, each obligation's instances taken
  /// as the run of the instance array that expansion made of them instead of
  /// copies gathered by id.
  private func subjects() -> (duties: [Duty], metrics: [PolicyReach.Subject]) {
    let metrics = PolicyReach.subjects(
      obligations: [], instances: [], metrics: parts.metrics,
      metricInstances: parts.metricInstances
    ).metrics
    guard let runs = Self.runs(of: parts.instances) else {
      let all = PolicyReach.subjects(
        obligations: parts.obligations, instances: parts.instances, metrics: [],
        metricInstances: [])
      return (all.obligations.map { ($0.0, $0.1[...], $0.2) }, metrics)
    }
    // The bodies are only tested against a policy's `targets:`.
    let needsBodies = parts.policies.contains { $0.targetBodies != nil }
    let duties = parts.obligations.map { obligation -> Duty in
      let instances = parts.instances[runs[obligation.id] ?? 0..<0]
      return (
        obligation, instances,
        PolicyReach.subject(obligation, instances: instances, collectingBodies: needsBodies)
      )
    }
    return (duties, metrics)
  }

  /// Where each obligation's instances are, when every obligation's are
  /// consecutive (expansion makes them so); `nil` otherwise.
  private static func runs(of instances: [Instance]) -> [String: Range<Int>]? {
    var runs: [String: Range<Int>] = [:]
    var start = 0
    while start < instances.count {
      let obligation = instances[start].obligation
      var end = start + 1
      while end < instances.count, instances[end].obligation == obligation { end += 1 }
      guard runs.updateValue(start..<end, forKey: obligation) == nil else { return nil }
      start = end
    }
    return runs
  }

  private func check(
    _ policy: Policy, _ decl: PolicyDecl, subjects: [PolicyReach.Subject], horizon: Day?,
    diagnostics: inout Diagnostics
  ) {
    var verdicts = PolicyVerdicts(policy)
    var earliest: Day?
    var isUndated = false
    var firesIgnoringTargets = false
    var fires = false
    for subject in subjects {
      let kinds = verdicts.kinds(on: subject)
      if kinds.isEmpty { continue }
      if let targets = policy.targetBodies, subject.bodies.isDisjoint(with: targets) {
        if !policy.targets.isEmpty { firesIgnoringTargets = true }
        continue
      }
      fires = true
      for kind in kinds {
        guard let day = subject.earliest(kind) else {
          isUndated = true
          continue
        }
        earliest = earliest.map { min($0, day) } ?? day
      }
    }
    if !fires {
      if firesIgnoringTargets {
        diagnostics.report(
          .warning(
            .targetsExcludeAll,
            LocalizedText(
              en:
                "policy '\(policy.id)': its 'targets' exclude every instance its 'when:' can match",
              zh: "政策 '\(policy.id)' 的 'targets' 排除了其 'when:' 能匹配的全部实例"),
            at: decl.targets.first?.range ?? decl.id.range))
      } else {
        diagnostics.report(
          .warning(
            .policyFiresOnNothing,
            LocalizedText(
              en:
                "policy '\(policy.id)' can fire on nothing: no obligation or metric can meet its 'when:'",
              zh: "政策 '\(policy.id)' 无法触发：没有任何义务或指标能满足其 'when:'"), at: decl.when.range,
            help: LocalizedText(
              en:
                "`rulec explain \(policy.id)` shows the count; check the ids and violation kinds it names",
              zh: "`rulec explain \(policy.id)` 显示可触发数；请核对其中的编号和违规类型")))
      }
      return
    }
    if !isUndated, let earliest, let horizon, earliest > horizon {
      diagnostics.report(
        .warning(
          .policyAfterHorizon,
          LocalizedText(
            en:
              "policy '\(policy.id)' can fire only from \(earliest), after the plan's horizon \(horizon)",
            zh: "政策 '\(policy.id)' 最早于 \(earliest) 触发，晚于计划的最后期限 \(horizon)"), at: decl.when.range))
    }
  }
}
