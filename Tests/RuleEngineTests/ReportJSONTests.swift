import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportJSONTests {
  private func json() throws -> (String, [String: Any]) {
    let text = JSONReport().render(try ReportFixture.result(), graph: try CheckFixture.graph())
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return (text, try #require(object as? [String: Any]))
  }

  @Test func theReportHasTheDocumentedShape() throws {
    let (_, root) = try json()
    #expect(root["plan"] as? String == "check-test-plan")
    #expect(root["as_of"] as? String == "2017-10-15")
    let violations = try #require(root["violations"] as? [[String: Any]])
    for violation in violations {
      for key in ["type", "instance", "body", "due", "facts", "title", "location"] {
        #expect(violation[key] != nil, "violation without \(key)")
      }
      #expect(violation["obligation"] != nil || violation["metric"] != nil)
    }
    let escalations = try #require(root["escalations"] as? [[String: Any]])
    for escalation in escalations {
      for key in ["action", "policy", "by", "target", "instance", "source", "violation"] {
        #expect(escalation[key] != nil, "escalation without \(key)")
      }
    }
    let summary = try #require(root["summary"] as? [String: Any])
    #expect(summary["violations"] as? Int == violations.count)
    #expect(summary["escalations"] as? Int == escalations.count)
    #expect(summary["highest_action"] as? String == "accountability")
    let byAction = try #require(summary["by_action"] as? [String: Int])
    #expect(
      byAction == ["warning": 3, "supervision": 2, "interview": 3, "accountability": 1, "veto": 0])
  }

  @Test func violationFactsAreTheConditionFacts() throws {
    let (_, root) = try json()
    let violations = try #require(root["violations"] as? [[String: Any]])
    let overdue = try #require(violations.first { $0["type"] as? String == "overdue" })
    let facts = try #require(overdue["facts"] as? [String: Any])
    #expect(facts["days_overdue"] as? Int == 76)
    #expect(facts["violation"] as? String == "overdue")
    #expect(facts["status"] as? String == "in_progress")
    #expect(facts["interviewed"] as? Bool == true)
    #expect(facts["days_since_interview"] as? Int == 44)
    #expect(facts["class"] as? String == "immediate")
    #expect(Set(facts.keys).isSubset(of: Set(Fact.allCases.map(\.name))))
  }

  @Test func escalationsNameTheViolationTheyAnswer() throws {
    let (_, root) = try json()
    let escalations = try #require(root["escalations"] as? [[String: Any]])
    let accountability = try #require(
      escalations.first { $0["action"] as? String == "accountability" })
    #expect(accountability["violation"] as? String == "overdue")
    #expect(accountability["instance"] as? String == "water.sand-plan@zhangye")
    #expect(accountability["target"] as? String == "zhangye")
    let source = try #require(accountability["source"] as? [String: Any])
    #expect(source["section"] as? String == "九")
    let duty = try #require(accountability["obligation_source"] as? [String: Any])
    #expect(duty["section"] as? String == "一")
  }

  @Test func theOutputIsByteIdenticalForTheSameInput() throws {
    let (first, _) = try json()
    let (second, _) = try json()
    #expect(first == second)
    #expect(first.hasSuffix("}\n"))
  }

  /// Escalations whose policy members are recorded and written again
  /// (`JSONEscalationRuns`): many, on both writing sides, from more policies
  /// than are kept, each with a part of its own or sharing one, and with
  /// and without a title; each must read back as its own.
  @Test func escalationsOfManyPoliciesKeepTheirOwnMembers() throws {
    let base = try ReportFixture.result()
    let shared = Escalation(
      action: .warning, policy: "shared", policyTitle: "共用", by: "office", target: "t",
      instance: "i", violation: .overdue,
      source: SourceClause(section: "九", quote: "约谈", documentLine: 3),
      policyLocation: SourceLocation(file: "rules/shared.yaml", line: 2, column: 5))
    let escalations = (0..<6_000).map { position -> Escalation in
      guard position % 3 != 0 else {
        var copy = shared
        copy.target = "body-\(position)"
        return copy
      }
      let policy = position % 97
      return Escalation(
        action: .supervision, policy: "p\(policy)",
        policyTitle: policy.isMultiple(of: 2) ? "标题\(policy)" : nil, by: "office",
        target: "body-\(position)", instance: "i", violation: .overdue,
        source: policy.isMultiple(of: 5)
          ? nil : SourceClause(section: "\(policy)", quote: "整改\(policy)", documentLine: nil),
        policyLocation: SourceLocation(file: "rules/p\(policy).yaml", line: policy, column: 1))
    }
    let result = CheckResult(
      plan: base.plan, planTitle: base.planTitle, asOf: base.asOf, violations: [],
      escalations: escalations)
    let text = JSONReport().render(result, graph: try CheckFixture.graph())
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let written = try #require(root["escalations"] as? [[String: Any]])
    #expect(written.count == escalations.count)
    // The result orders them; each is found by its target, its own.
    let byTarget = Dictionary(uniqueKeysWithValues: escalations.map { ($0.target, $0) })
    for object in written {
      let escalation = try #require(byTarget[object["target"] as? String ?? ""])
      #expect(object["policy"] as? String == escalation.policy)
      #expect(object["title"] as? String == escalation.policyTitle)
      #expect(object["location"] as? String == escalation.policyLocation.description)
      let source = object["source"] as? [String: Any]
      #expect(source?["section"] as? String == escalation.source?.section)
      #expect(source?["quote"] as? String == escalation.source?.quote)
    }
  }
}
