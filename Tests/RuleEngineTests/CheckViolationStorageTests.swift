import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// A duty's violation keeps its fields in a small `DutyViolation` and works
/// its facts out when read: setting a field, or adding a history to its
/// facts, must give what a violation holding every field would.
@Suite struct CheckViolationStorageTests {
  /// The overdue violation of `env.inspection`, warned on 2017-10-05.
  private func warnedOverdue() throws -> Violation {
    let result = try CheckFixture.check(
      CheckFixture.snapshot(
        asOf: "2017-10-15", obligations: #""env.inspection": {"status": "not_started"}"#,
        actions: #"{"action": "warning", "instance": "env.inspection", "on": "2017-10-05"}"#))
    return try #require(
      result.violations.first { $0.instance == "env.inspection" && $0.kind == .overdue })
  }

  @Test func settingAFieldKeepsEveryOther() throws {
    let violation = try warnedOverdue()
    var changed = violation
    changed.title = "another title"
    #expect(changed.title == "another title")
    #expect(violation.title != "another title")
    #expect(changed.instance == violation.instance && changed.subject == violation.subject)
    #expect(changed.body == violation.body && changed.due == violation.due)
    #expect(changed.source == violation.source && changed.location == violation.location)
    #expect(changed.doubtful == violation.doubtful)
    #expect(changed.cooperating == violation.cooperating)
    #expect(changed.isMetricSubject == violation.isMetricSubject)
    #expect(changed.details == violation.details)
    #expect(changed.facts == violation.facts)
    #expect(changed.facts.value(of: .warned) == .bool(true))
  }

  @Test func aHistoryAddedToADutysFactsReplacesItsOwn() throws {
    var facts = try warnedOverdue().facts
    #expect(facts.value(of: .daysSinceWarning) == .int(10))
    let asOf = try #require(Day(iso: "2017-10-15"))
    var history = ActionHistory()
    history.latest[.supervision] = try #require(Day(iso: "2017-10-10"))
    facts.add(history, asOf: asOf)
    #expect(facts.value(of: .warned) == .bool(false))
    #expect(facts.value(of: .daysSinceWarning) == nil)
    #expect(facts.value(of: .supervised) == .bool(true))
    #expect(facts.value(of: .daysSinceSupervision) == .int(5))
    #expect(
      facts.value(of: .highestAction)
        == EnumValue(.action, named: "supervision").map(FactValue.enumeration))
    #expect(facts.value(of: .daysOverdue) == .int(15))
  }

  @Test func factsReadTogetherAreTheFactsReadOneByOne() throws {
    let duty = try warnedOverdue().facts
    var slots = duty
    slots[.body] = nil
    let order = Array(Fact.allCases.reversed())
    for facts in [duty, slots, ViolationFacts()] {
      var read: [(Int, FactValue)] = []
      facts.forEachValue(of: order) { read.append(($0, $1)) }
      let oneByOne = order.indices.compactMap { index in
        facts.value(of: order[index]).map { (index, $0) }
      }
      #expect(read.map(\.0) == oneByOne.map(\.0) && read.map(\.1) == oneByOne.map(\.1))
    }
    #expect(slots.values.count == duty.values.count - 1)
  }

  @Test func violationsOfOneObligationShareItsPart() throws {
    let result = try CheckFixture.check(CheckFixture.snapshot(asOf: "2017-10-15"))
    let sandPlan = result.violations.filter { $0.subject == "water.sand-plan" }
    try #require(sandPlan.count >= 2)
    #expect(sandPlan[0].sharesDuty(with: sandPlan[1]))
    let other = try #require(result.violations.first { $0.subject != "water.sand-plan" })
    #expect(!sandPlan[0].sharesDuty(with: other))
    var changed = sandPlan[1]
    changed.title = sandPlan[1].title
    #expect(!sandPlan[0].sharesDuty(with: changed))
  }
}
