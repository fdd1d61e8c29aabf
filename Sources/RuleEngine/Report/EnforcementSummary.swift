public import RuleParser

/// How much of the plan can be enforced (`rulec explain --summary`): how many
/// obligations can become overdue (the target: every one that is not
/// standing) and how many policies can fire (the target: all).
public struct EnforcementSummary: Sendable {
  /// The number of obligations.
  public var obligations: Int
  /// The obligations of a standing class (长期坚持) with no timing of their
  /// own: never overdue by design.
  public var standing: [String]
  /// How many of `standing` report each period (`report:` on their class):
  /// a period without a report is `missing`.
  public var reporting: Int
  /// The obligations that can become overdue (dated, recurring or relative).
  public var canBeOverdue: Int
  /// The obligations that are neither standing nor able to become overdue.
  public var neverOverdue: [String]
  /// The obligations whose deadline comes from their class.
  public var dueFromClass: Int
  /// The number of policies.
  public var policies: Int
  /// The policies that can fire on nothing.
  public var policiesThatCannotFire: [String]

  /// Counts what the compiled plan can enforce.
  public init(graph: ObligationGraph) {
    let all = PolicyReach.subjects(
      obligations: graph.obligations, instances: graph.instances, metrics: graph.metrics,
      metricInstances: graph.metricInstances)
    obligations = graph.obligations.count
    standing = []
    neverOverdue = []
    reporting = 0
    canBeOverdue = 0
    dueFromClass = 0
    for (obligation, instances, _) in all.obligations {
      if instances.contains(where: { $0.dueSource == .class }) { dueFromClass += 1 }
      if obligation.obligationClass?.standing == true, obligation.due == nil,
        obligation.every == nil
      {
        standing.append(obligation.id)
        if instances.contains(where: \.isStandingReport) { reporting += 1 }
      } else if obligation.every != nil
        || instances.contains(where: { $0.due != nil || $0.relativeDue != nil })
      {
        canBeOverdue += 1
      } else {
        neverOverdue.append(obligation.id)
      }
    }
    let subjects = all.obligations.map(\.2) + all.metrics
    policies = graph.policies.count
    policiesThatCannotFire = graph.policies.filter { policy in
      !subjects.contains { PolicyReach.canFire(policy, on: $0) }
    }.map(\.id)
  }

  /// The summary for people.
  public func render(language: Language) -> String {
    let nonStanding = obligations - standing.count
    let firing = policies - policiesThatCannotFire.count
    var lines: [String]
    if language == .zh {
      lines = [
        "义务 \(obligations) 项：可逾期 \(canBeOverdue) 项（非长期坚持的 \(nonStanding) 项中），"
          + "长期坚持 \(standing.count) 项（其中按期报告 \(reporting) 项），"
          + "期限来自整改类别 \(dueFromClass) 项",
        "处置政策 \(policies) 项：可触发 \(firing) 项",
      ]
    } else {
      lines = [
        "obligations: \(obligations); can become overdue: \(canBeOverdue) of \(nonStanding) "
          + "not standing; standing: \(standing.count) (reporting each period: \(reporting)); "
          + "deadline from their class: \(dueFromClass)",
        "policies: \(policies); can fire: \(firing) of \(policies)",
      ]
    }
    if !neverOverdue.isEmpty {
      lines.append(
        (language == .zh ? "永远不会逾期：" : "can never be overdue: ")
          + neverOverdue.joined(separator: language == .zh ? "、" : ", "))
    }
    if !policiesThatCannotFire.isEmpty {
      lines.append(
        (language == .zh ? "无法触发：" : "cannot fire: ")
          + policiesThatCannotFire.joined(separator: language == .zh ? "、" : ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
