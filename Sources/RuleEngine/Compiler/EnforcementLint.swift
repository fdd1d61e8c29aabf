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

  func check(diagnostics: inout Diagnostics) {
    let all = PolicyReach.subjects(
      obligations: parts.obligations, instances: parts.instances, metrics: parts.metrics,
      metricInstances: parts.metricInstances)
    for (obligation, instances, _) in all.obligations {
      let isStanding = obligation.obligationClass?.standing ?? false
      if !isStanding, obligation.every == nil, !instances.isEmpty,
        instances.allSatisfy({ $0.due == nil }),
        let decl = table.obligation(obligation.id)
      {
        diagnostics.report(.neverOverdue(obligation.id, at: decl.id.range))
      }
    }
    let subjects = all.obligations.map(\.2) + all.metrics
    // The plan's declared horizon (`plan.until`), else its last deadline.
    let horizon =
      table.plan?.0.until?.value
      ?? (parts.instances.compactMap(\.due) + parts.metrics.map(\.by)).max()
    for policy in parts.policies where policy.doubtful == nil {
      guard let decl = table.policies[policy.id] else { continue }
      check(policy, decl, subjects: subjects, horizon: horizon, diagnostics: &diagnostics)
    }
  }

  private func check(
    _ policy: Policy, _ decl: PolicyDecl, subjects: [PolicyReach.Subject], horizon: Day?,
    diagnostics: inout Diagnostics
  ) {
    var earliest: Day?
    var isUndated = false
    var firesIgnoringTargets = false
    var fires = false
    for subject in subjects {
      let kinds = PolicyReach.kinds(policy, on: subject)
      if kinds.isEmpty {
        if !firesIgnoringTargets, !policy.targets.isEmpty,
          PolicyReach.canFire(policy, on: subject, ignoringTargets: true)
        {
          firesIgnoringTargets = true
        }
        continue
      }
      fires = true
      for kind in kinds {
        guard let day = subject.earliest[kind] else {
          isUndated = true
          continue
        }
        earliest = earliest.map { min($0, day) } ?? day
      }
    }
    if !fires {
      if firesIgnoringTargets {
        diagnostics.report(
          .targetsExcludeAll(policy.id, at: decl.targets.first?.range ?? decl.id.range))
      } else {
        diagnostics.report(.policyFiresOnNothing(policy.id, at: decl.when.range))
      }
      return
    }
    if !isUndated, let earliest, let horizon, earliest > horizon {
      diagnostics.report(
        .policyAfterHorizon(policy.id, earliest: earliest, horizon: horizon, at: decl.when.range))
    }
  }
}
