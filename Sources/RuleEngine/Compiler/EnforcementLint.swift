import RuleParser

/// The warnings about rules that cannot work as the document says: a duty
/// that can never be overdue (W010), a policy that can fire on nothing (W011)
/// or only after the plan's last deadline (W012), a policy whose `targets:`
/// exclude everything its `when:` can match (W013).
///
/// - Complexity: O(I + P · G + T) for I instances, P policies, G groups of
///   subjects a policy's condition cannot tell apart (`SubjectGroups`) and T
///   the subjects of groups a policy with `targets:` fires on.
struct EnforcementLint {
  let table: DeclarationTable
  let parts: PendingGraph.Parts

  func check(diagnostics: inout Diagnostics) {
    var subjects = dutySubjects(diagnostics: &diagnostics)
    subjects +=
      PolicyReach.subjects(
        obligations: [], instances: [], metrics: parts.metrics,
        metricInstances: parts.metricInstances
      ).metrics
    // The plan's declared horizon (`plan.until`), else its last deadline.
    let horizon = table.plan?.0.until?.value ?? lastDeadline()
    let subjectsOfBody = parts.policies.contains { $0.targetBodies != nil } ? index(subjects) : [:]
    var groupings: [[Fact]: SubjectGroups] = [:]
    for policy in parts.policies where policy.doubtful == nil {
      guard let decl = table.policies[policy.id] else { continue }
      let facts = SubjectGroups.facts(readBy: policy)
      let groups = groupings[facts] ?? SubjectGroups(subjects, reading: facts)
      groupings[facts] = groups
      check(
        policy, decl, subjects: subjects, groups: groups, subjectsOfBody: subjectsOfBody,
        horizon: horizon, diagnostics: &diagnostics)
    }
    // A subject per obligation (its kinds, days and bodies) is freed where
    // nobody waits for it.
    SecondCore.release((consume subjects, consume groupings))
  }

  /// The subject of each obligation (`PolicyReach.subject`), with W010 for
  /// a duty that can never be overdue.
  ///
  /// An obligation's instances are taken as the run of the instance array
  /// that expansion made of them instead of copies gathered by id.
  private func dutySubjects(diagnostics: inout Diagnostics) -> [PolicyReach.Subject] {
    // The bodies are only tested against a policy's `targets:`.
    let needsBodies = parts.policies.contains { $0.targetBodies != nil }
    let obligations = parts.obligations
    // Expansion makes each obligation's instances consecutive; without its
    // runs they are gathered by id.
    guard let runs = parts.runs, runs.count == obligations.count else {
      var subjects: [PolicyReach.Subject] = []
      subjects.reserveCapacity(obligations.count + parts.metrics.count)
      let all = PolicyReach.subjects(
        obligations: obligations, instances: parts.instances, metrics: [], metricInstances: [])
      for (obligation, instances, subject) in all.obligations {
        warnNeverOverdue(obligation, instances: instances[...], diagnostics: &diagnostics)
        subjects.append(subject)
      }
      return subjects
    }
    // Two halves side by side, each into its own collector; their warnings
    // are reported as if one half had run after the other. Each half puts
    // its subjects in place in one array (merging two arrays copied every
    // subject); the array has room for the metrics' subjects too.
    func half(
      _ positions: Range<Int>, into slots: UnsafeMutableBufferPointer<PolicyReach.Subject>
    ) -> Diagnostics {
      var warnings = Diagnostics()
      for position in positions {
        let instances = parts.instances[runs[position]]
        warnNeverOverdue(obligations[position], instances: instances, diagnostics: &warnings)
        slots.initializeElement(
          at: position,
          to: PolicyReach.subject(
            obligations[position], instances: instances, collectingBodies: needsBodies))
      }
      return warnings
    }
    let middle = obligations.count / 2
    var warnings = (first: Diagnostics(), second: Diagnostics())
    let subjects = [PolicyReach.Subject](
      unsafeUninitializedCapacity: obligations.count + parts.metrics.count
    ) { slots, initialized in
      warnings = Concurrently.both(
        { half(0..<middle, into: slots) }, { half(middle..<obligations.count, into: slots) })
      initialized = obligations.count
    }
    diagnostics.merge(warnings.first)
    diagnostics.merge(warnings.second)
    return subjects
  }

  /// W010 when `obligation` can never be overdue.
  private func warnNeverOverdue(
    _ obligation: Obligation, instances: ArraySlice<Instance>, diagnostics: inout Diagnostics
  ) {
    let isStanding = obligation.obligationClass?.standing ?? false
    guard !isStanding, obligation.every == nil, !instances.isEmpty,
      instances.allSatisfy({ $0.due == nil }),
      let decl = table.obligation(obligation.id)
    else { return }
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

  /// The plan's last deadline, of its instances and metrics.
  private func lastDeadline() -> Day? {
    var last = parts.metrics.lazy.map(\.by).max()
    let instances = parts.instances
    for index in instances.indices {
      if let due = instances[index].due, last.map({ due > $0 }) ?? true { last = due }
    }
    return last
  }

  /// The positions of the subjects of each body.
  private func index(_ subjects: [PolicyReach.Subject]) -> [String: [Int]] {
    var positions: [String: [Int]] = [:]
    for index in subjects.indices {
      for body in subjects[index].bodies { positions[body, default: []].append(index) }
    }
    return positions
  }

  private func check(
    _ policy: Policy, _ decl: PolicyDecl, subjects: [PolicyReach.Subject], groups: SubjectGroups,
    subjectsOfBody: [String: [Int]], horizon: Day?, diagnostics: inout Diagnostics
  ) {
    // Which subjects have a body among the targets, when there are targets.
    var inTargets: [Bool]?
    if let targets = policy.targetBodies {
      var marked = [Bool](repeating: false, count: subjects.count)
      for body in targets {
        for index in subjectsOfBody[body] ?? [] { marked[index] = true }
      }
      inTargets = marked
    }
    var earliest: Day?
    var isUndated = false
    var firesIgnoringTargets = false
    var fires = false
    func reach(_ day: Day?, undated: Bool) {
      if undated { isUndated = true }
      if let day { earliest = earliest.map { min($0, day) } ?? day }
    }
    let isRefinable = PolicyReach.isRefinable(policy.condition.expression)
    for group in 0..<groups.count {
      let subject = groups.representative(group)
      // One evaluation instead of one per kind when that tells.
      if PolicyReach.isFalseForEveryKind(policy, on: subjects[subject], isRefinable: isRefinable) {
        continue
      }
      let kinds = PolicyReach.kinds(policy, on: subjects[subject], ignoringTargets: true)
      if kinds.isEmpty { continue }
      guard let inTargets else {
        fires = true
        for kind in kinds {
          let (day, undated) = groups.reach(group, kind)
          reach(day, undated: undated)
        }
        continue
      }
      groups.forEachMember(of: group) { member in
        guard inTargets[member] else {
          if !policy.targets.isEmpty { firesIgnoringTargets = true }
          return
        }
        fires = true
        for kind in kinds {
          let day = subjects[member].earliest(kind)
          reach(day, undated: day == nil)
        }
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
