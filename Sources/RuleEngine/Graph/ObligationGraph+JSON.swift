import Foundation
import RuleParser

extension ObligationGraph {
  /// The graph as JSON (schema `rulec-graph/1`, documented in docs/graph.md):
  /// keys sorted, pretty-printed, byte-identical for the same rules.
  public func json() -> String {
    let root: [String: Any] = [
      "format": "rulec-graph/1",
      "plan": planJSON(),
      "bodies": Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, bodyJSON($0)) }),
      "obligations": Dictionary(
        uniqueKeysWithValues: obligations.map { ($0.id, obligationJSON($0)) }),
      "instances": Dictionary(uniqueKeysWithValues: instances.map { ($0.id, instanceJSON($0)) }),
      "metrics": Dictionary(uniqueKeysWithValues: metrics.map { ($0.id, metricJSON($0)) }),
      "metric_instances": Dictionary(
        uniqueKeysWithValues: metricInstances.map {
          ($0.id, ["metric": $0.metric, "body": $0.body])
        }),
      "policies": Dictionary(uniqueKeysWithValues: policies.map { ($0.id, policyJSON($0)) }),
      "counts": [
        "bodies": bodies.count, "obligations": obligations.count, "instances": instances.count,
        "metrics": metrics.count, "metric_instances": metricInstances.count,
        "policies": policies.count,
      ],
    ]
    return JSONText.render(root)
  }

  private func planJSON() -> [String: Any] {
    var json: [String: Any] = ["id": plan.id, "title": plan.title]
    json["document"] = plan.document
    json["effective"] = plan.effective?.description
    json["report_within"] = plan.reportWithin?.description
    json["publish_within"] = plan.publishWithin?.description
    return json
  }

  private func bodyJSON(_ body: Body) -> [String: Any] {
    var json: [String: Any] = ["name": body.name, "location": body.location.description]
    json["short"] = body.short
    json["parent"] = body.parent
    if body.isGroup { json["members"] = body.members }
    return json
  }

  private func obligationJSON(_ obligation: Obligation) -> [String: Any] {
    var json: [String: Any] = [
      "title": obligation.title, "responsible": obligation.responsible,
      "cooperating": obligation.cooperating, "depends_on": obligation.dependsOn,
      "location": obligation.location.description,
    ]
    json["source"] = obligation.source.map(Self.sourceJSON)
    switch obligation.due {
    case .fixed(let day, let phrase)?:
      json["due"] = day.description
      json["due_phrase"] = phrase
    case .relative(let within, let after)?:
      var rule: [String: Any] = ["within": within.description]
      rule["after"] = after
      json["due_rule"] = rule
    case nil: break
    }
    json["every"] = obligation.every?.rawValue
    json["from"] = obligation.from?.description
    json["until"] = obligation.until?.description
    json["class"] = obligation.obligationClass?.rawValue
    json["report_within"] = obligation.reportWithin?.description
    json["publish_within"] = obligation.publishWithin?.description
    return json
  }

  private func instanceJSON(_ instance: Instance) -> [String: Any] {
    var json: [String: Any] = [
      "obligation": instance.obligation, "body": instance.body,
      "dependencies": instance.dependencies, "cooperating": instance.cooperating,
    ]
    json["occurrence"] = instance.occurrence
    json["period_start"] = instance.periodStart?.description
    json["due"] = instance.due?.description
    json["class"] = instance.obligationClass?.rawValue
    if let relative = instance.relativeDue {
      json["due_rule"] = ["within": relative.within.description, "after": relative.after]
    }
    return json
  }

  private func metricJSON(_ metric: Metric) -> [String: Any] {
    var json: [String: Any] = [
      "name": metric.name, "unit": metric.unit, "responsible": metric.responsible,
      "target": [metric.direction.rawValue: metric.target, "by": metric.by.description],
      "location": metric.location.description,
    ]
    if let value = metric.baselineValue, let on = metric.baselineOn {
      json["baseline"] = ["value": value, "on": on.description]
    }
    json["source"] = metric.source.map(Self.sourceJSON)
    return json
  }

  private func policyJSON(_ policy: Policy) -> [String: Any] {
    var json: [String: Any] = [
      "when": policy.when, "action": policy.action.rawValue, "by": policy.by,
      "location": policy.location.description,
    ]
    json["title"] = policy.title
    json["source"] = policy.source.map(Self.sourceJSON)
    return json
  }

  /// A source clause as JSON.
  static func sourceJSON(_ clause: SourceClause) -> [String: Any] {
    var json: [String: Any] = ["section": clause.section, "quote": clause.quote]
    json["line"] = clause.documentLine
    return json
  }
}
