import RuleParser

/// The findings as JSON (`rulec-check/1`, documented in docs/check.md):
/// `{plan, as_of, violations, escalations, summary}`, keys sorted,
/// byte-identical for the same input.
public struct JSONReport: CheckReport {
  /// Creates a JSON report.
  public init() {}

  /// The report.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var root: [String: Any] = [
      "format": "rulec-check/1",
      "plan": result.plan,
      "as_of": result.asOf.description,
      "violations": result.violations.map { violationJSON($0, changes: result.changes) },
      "escalations": result.escalations.map {
        escalationJSON($0, result: result, changes: result.changes)
      },
      "summary": summary(result),
    ]
    if let returns = result.returns { root["returns"] = returns.json() }
    if let changes = result.changes {
      root["since"] = changes.since.description
      root["resolved"] = [
        "violations": changes.resolvedViolations.map { violationJSON($0, changes: nil) },
        "escalations": changes.resolvedEscalations.map {
          escalationJSON($0, result: nil, changes: nil)
        },
      ]
    }
    return JSONText.render(root)
  }

  private func violationJSON(_ violation: Violation, changes: FindingChanges?) -> [String: Any] {
    var json: [String: Any] = [
      "type": violation.kind.rawValue, "instance": violation.instance, "body": violation.body,
      "title": violation.title, "facts": violation.facts.json,
      "location": violation.location.description,
    ]
    json[violation.kind.isMetric ? "metric" : "obligation"] = violation.subject
    json["due"] = violation.due?.description
    json["source"] = violation.source.map(Self.sourceJSON)
    json["change"] = changes?.change(of: violation).rawValue
    let details = violation.details
    json["completed"] = details.completed?.description
    if violation.kind == .unreported || violation.kind == .falseReport {
      json["reported"] = details.late?.description
    }
    if violation.kind == .unpublished { json["published"] = details.late?.description }
    if !details.prerequisites.isEmpty { json["prerequisites"] = details.prerequisites }
    json["reading_on"] = details.readingOn?.description
    json["path_value"] = details.pathValue
    json["target"] = details.target
    json["unit"] = details.unit
    return json
  }

  private func escalationJSON(
    _ escalation: Escalation, result: CheckResult?, changes: FindingChanges?
  ) -> [String: Any] {
    var json: [String: Any] = [
      "action": escalation.action.rawValue, "policy": escalation.policy, "by": escalation.by,
      "target": escalation.target, "instance": escalation.instance,
      "violation": escalation.violation.rawValue,
      "location": escalation.policyLocation.description,
    ]
    json["title"] = escalation.policyTitle
    json["source"] = escalation.source.map(Self.sourceJSON)
    if let violation = result?.violation(answeredBy: escalation) {
      json["obligation_source"] = violation.source.map(Self.sourceJSON)
    }
    json["change"] = changes?.change(of: escalation).rawValue
    return json
  }

  private func summary(_ result: CheckResult) -> [String: Any] {
    let byAction = result.countsByAction
    let byKind = result.countsByKind
    var json: [String: Any] = [
      "violations": result.violations.count,
      "escalations": result.escalations.count,
      "instances": Set(result.violations.map(\.instance)).count,
      "by_action": Dictionary(
        uniqueKeysWithValues: EscalationAction.allCases.map { ($0.rawValue, byAction[$0] ?? 0) }),
      "by_type": Dictionary(
        uniqueKeysWithValues: ViolationKind.allCases.map { ($0.rawValue, byKind[$0] ?? 0) }),
    ]
    json["highest_action"] = result.highestAction?.rawValue
    if let changes = result.changes {
      json["new"] = result.violations.filter { changes.change(of: $0) == .new }.count
      json["resolved"] = changes.resolvedViolations.count
    }
    return json
  }

  /// A source clause as JSON.
  static func sourceJSON(_ clause: SourceClause) -> [String: Any] {
    var json: [String: Any] = ["section": clause.section, "quote": clause.quote]
    json["line"] = clause.documentLine
    return json
  }
}
