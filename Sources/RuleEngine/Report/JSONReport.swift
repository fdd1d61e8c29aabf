import RuleParser

/// The findings as JSON (`rulec-check/1`, documented in docs/check.md):
/// `{plan, as_of, violations, escalations, summary}`, keys sorted,
/// byte-identical for the same input.
public struct JSONReport: CheckReport {
  /// Creates a JSON report.
  public init() {}

  /// The report.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var root: [String: JSONValue] = [
      "format": "rulec-check/1",
      "plan": JSONValue(result.plan),
      "as_of": JSONValue(result.asOf.description),
      "violations": JSONValue(result.violations.map { violationJSON($0, changes: result.changes) }),
      "escalations": JSONValue(
        result.escalations.map { escalationJSON($0, result: result, changes: result.changes) }),
      "summary": JSONValue(summary(result, ladder: graph.plan.actions)),
    ]
    if let returns = result.returns { root["returns"] = returns.json() }
    if let changes = result.changes {
      root["since"] = JSONValue(changes.since.description)
      root["resolved"] = [
        "violations": JSONValue(changes.resolvedViolations.map { violationJSON($0, changes: nil) }),
        "escalations": JSONValue(
          changes.resolvedEscalations.map { escalationJSON($0, result: nil, changes: nil) }),
      ]
    }
    return JSONText.render(root)
  }

  private func violationJSON(
    _ violation: Violation, changes: FindingChanges?
  ) -> [String: JSONValue] {
    var json: [String: JSONValue] = [
      "type": JSONValue(violation.kind.rawValue), "instance": JSONValue(violation.instance),
      "body": JSONValue(violation.body), "title": JSONValue(violation.title),
      "facts": violation.facts.json, "location": JSONValue(violation.location.description),
    ]
    json[violation.isMetricSubject ? "metric" : "obligation"] = JSONValue(violation.subject)
    json["due"] = JSONValue(violation.due?.description)
    json["source"] = JSONValue(violation.source.map(Self.sourceJSON))
    json["change"] = JSONValue(changes?.change(of: violation).rawValue)
    let details = violation.details
    json["completed"] = JSONValue(details.completed?.description)
    if violation.kind == .unreported || violation.kind == .falseReport {
      json["reported"] = JSONValue(details.late?.description)
    }
    if violation.kind == .unpublished { json["published"] = JSONValue(details.late?.description) }
    if !details.prerequisites.isEmpty { json["prerequisites"] = JSONValue(details.prerequisites) }
    if !violation.cooperating.isEmpty { json["cooperating"] = JSONValue(violation.cooperating) }
    json["reading_on"] = JSONValue(details.readingOn?.description)
    json["path_value"] = JSONValue(details.pathValue)
    json["target"] = JSONValue(details.target)
    json["unit"] = JSONValue(details.unit)
    if let form = details.form { json["target_form"] = Self.formJSON(form) }
    json["doubtful"] = JSONValue(violation.doubtful)
    return json
  }

  /// The target's form: `{"shape": "about", "tolerance": 10, "tolerance_unit": "%"}`,
  /// with its stage, period and sharing when it has them.
  private static func formJSON(_ form: TargetForm) -> JSONValue {
    var json: [String: JSONValue] = ["shape": JSONValue(form.shape.name)]
    switch form.shape {
    case .about(let tolerance, let percent):
      json["tolerance"] = JSONValue(tolerance)
      json["tolerance_percent"] = JSONValue(percent)
    case .between(let low): json["low"] = JSONValue(form.low ?? low)
    case .trend(let words): json["trend"] = JSONValue(words)
    case .bound: break
    }
    if let stage = form.stage {
      json["stage"] = JSONValue(stage)
      json["stages"] = JSONValue(form.stages)
    }
    if let period = form.period { json["period"] = JSONValue(period.rawValue) }
    if let shared = form.shared {
      json["shared"] = JSONValue(shared.rawValue)
      json["members"] = JSONValue(form.members)
    }
    return JSONValue(json)
  }

  private func escalationJSON(
    _ escalation: Escalation, result: CheckResult?, changes: FindingChanges?
  ) -> [String: JSONValue] {
    var json: [String: JSONValue] = [
      "action": JSONValue(escalation.action.rawValue), "policy": JSONValue(escalation.policy),
      "by": JSONValue(escalation.by), "target": JSONValue(escalation.target),
      "instance": JSONValue(escalation.instance),
      "violation": JSONValue(escalation.violation.rawValue),
      "location": JSONValue(escalation.policyLocation.description),
    ]
    json["title"] = JSONValue(escalation.policyTitle)
    json["source"] = JSONValue(escalation.source.map(Self.sourceJSON))
    if let violation = result?.violation(answeredBy: escalation) {
      json["obligation_source"] = JSONValue(violation.source.map(Self.sourceJSON))
    }
    json["change"] = JSONValue(changes?.change(of: escalation).rawValue)
    if let taken = escalation.taken {
      json["taken"] = JSONValue(["action": taken.action.rawValue, "on": taken.on.description])
    }
    return json
  }

  private func summary(_ result: CheckResult, ladder: [EscalationAction]) -> [String: JSONValue] {
    let byAction = result.countsByAction
    let byKind = result.countsByKind
    var json: [String: JSONValue] = [
      "violations": JSONValue(result.violations.count),
      "escalations": JSONValue(result.escalations.count),
      "taken": JSONValue(result.escalations.filter { !$0.isProposed }.count),
      "doubtful": JSONValue(result.violations.filter { $0.doubtful != nil }.count),
      "instances": JSONValue(Set(result.violations.map(\.instance)).count),
      "by_action": JSONValue(
        Dictionary(
          uniqueKeysWithValues: ladder.map { ($0.rawValue, byAction[$0] ?? 0) })),
      "by_type": JSONValue(
        Dictionary(
          uniqueKeysWithValues: ViolationKind.allCases.map { ($0.rawValue, byKind[$0] ?? 0) })),
    ]
    json["highest_action"] = JSONValue(result.highestAction?.rawValue)
    if let changes = result.changes {
      json["new"] = JSONValue(result.violations.filter { changes.change(of: $0) == .new }.count)
      json["resolved"] = JSONValue(changes.resolvedViolations.count)
    }
    return json
  }

  /// A source clause as JSON.
  static func sourceJSON(_ clause: SourceClause) -> [String: JSONValue] {
    var json: [String: JSONValue] = [
      "section": JSONValue(clause.section), "quote": JSONValue(clause.quote),
    ]
    json["line"] = JSONValue(clause.documentLine)
    return json
  }
}
