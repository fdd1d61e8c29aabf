import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Which policies can ever fire on a duty or a metric, decided from the plan
/// alone in three-valued logic.
@Suite struct CheckPolicyReachTests {
  private func policies(obligation id: String) throws -> [String] {
    let graph = try CheckFixture.graph()
    let obligation = try #require(graph.obligation(id))
    let instances = graph.instances.filter { $0.obligation == id }
    let subject = PolicyReach.subject(obligation, instances: instances)
    return graph.policies.filter { PolicyReach.canFire($0, on: subject) }.map(\.id)
  }

  private func policies(metric id: String) throws -> [String] {
    let graph = try CheckFixture.graph()
    let subject = PolicyReach.subject(try #require(graph.metric(id)), body: nil)
    return graph.policies.filter { PolicyReach.canFire($0, on: subject) }.map(\.id)
  }

  @Test func metricPoliciesNeverFireOnDuties() throws {
    let reached = try policies(obligation: "env.inspection")
    #expect(!reached.contains("warn-off-track"))
    #expect(!reached.contains("veto-pm25"))
    #expect(reached.contains("warn-overdue"))
    #expect(reached.contains("accountability-after-interview"))
  }

  @Test func dependencyPoliciesNeedAPrerequisite() throws {
    #expect(!(try policies(obligation: "env.inspection")).contains("supervise-order"))
    #expect(try policies(obligation: "env.regulation").contains("supervise-order"))
  }

  @Test func aDutyWithoutDateIsNeverOverdue() throws {
    let reached = try policies(obligation: "mechanism.long-term")
    #expect(!reached.contains("warn-overdue"))
    #expect(!reached.contains("interview-missing"))
    #expect(reached.contains("interview-false-report"))
  }

  @Test func oneEvaluationWithTheKindUnknownAgreesWithEveryKind() throws {
    let graph = try CheckFixture.graph()
    let duties = graph.obligations.map { obligation in
      PolicyReach.subject(
        obligation, instances: graph.instances.filter { $0.obligation == obligation.id })
    }
    let metrics = graph.metrics.map { PolicyReach.subject($0, body: nil) }
    var told = 0
    for policy in graph.policies {
      let isRefinable = PolicyReach.isRefinable(policy.condition.expression)
      for subject in duties + metrics
      where PolicyReach.isFalseForEveryKind(policy, on: subject, isRefinable: isRefinable) {
        told += 1
        #expect(PolicyReach.kinds(policy, on: subject, ignoringTargets: true).isEmpty)
      }
    }
    #expect(told > 0)
  }

  @Test func conditionsNamingAnotherMetricCannotFire() throws {
    #expect(
      try policies(metric: "air.pm25") == [
        "supervise-target-missed", "veto-pm25", "warn-off-track",
      ])
    #expect(
      try policies(metric: "water.good-ratio") == ["supervise-target-missed", "warn-off-track"])
  }
}
