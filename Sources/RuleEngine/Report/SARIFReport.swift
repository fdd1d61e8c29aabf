import Foundation
import RuleParser

/// The findings as SARIF 2.1.0, for code-scanning tools: each escalation is a
/// result whose rule is its policy, at the rule file and line of the
/// obligation (or metric); each violation no policy escalates is a result of
/// the rule `violation/<type>` with level `note`.
public struct SARIFReport: CheckReport {
  /// The `rulec` version the report names as its tool's.
  public var toolVersion: String
  /// The language of the messages.
  public var language: Language
  /// The snapshot's entries, added as related locations.
  public var entries: SnapshotEntries

  /// Creates a SARIF report.
  public init(
    toolVersion: String = "0.1.0", language: Language = .en, entries: SnapshotEntries = .init()
  ) {
    self.toolVersion = toolVersion
    self.language = language
    self.entries = entries
  }

  /// The report.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var rules: [JSONValue] = graph.policies.map(policyRule)
    var ruleIndex = Dictionary(
      uniqueKeysWithValues: graph.policies.enumerated().map { ($1.id, $0) })
    var results: [JSONValue] = []
    for escalation in result.escalations {
      guard let violation = result.violation(answeredBy: escalation) else { continue }
      var item = resultJSON(
        ruleID: escalation.policy, level: Self.level(of: escalation.action), violation: violation,
        message: message(violation, escalation, graph), key: escalation.key)
      item["ruleIndex"] = JSONValue(ruleIndex[escalation.policy])
      item["properties"] = [
        "action": .init(escalation.action.rawValue), "by": .init(escalation.by),
        "target": .init(escalation.target), "instance": .init(escalation.instance),
        "violation": .init(escalation.violation.rawValue),
      ]
      results.append(.object(item))
    }
    for violation in result.violations where result.escalations(of: violation).isEmpty {
      let ruleID = "violation/\(violation.kind.rawValue)"
      if ruleIndex[ruleID] == nil {
        ruleIndex[ruleID] = rules.count
        rules.append(violationRule(violation.kind, id: ruleID))
      }
      var item = resultJSON(
        ruleID: ruleID, level: "note", violation: violation,
        message: message(violation, nil, graph), key: violation.key)
      item["ruleIndex"] = JSONValue(ruleIndex[ruleID])
      item["properties"] = [
        "instance": .init(violation.instance), "violation": .init(violation.kind.rawValue),
        "body": .init(violation.body),
      ]
      results.append(.object(item))
    }
    var properties: [String: JSONValue] = [
      "plan": .init(result.plan), "as_of": .init(result.asOf.description),
    ]
    properties["returns"] = result.returns?.json()
    let run: JSONValue = [
      "tool": [
        "driver": ["name": "rulec", "version": .init(toolVersion), "rules": .array(rules)]
      ],
      "results": .array(results),
      "columnKind": "unicodeCodePoints",
      "properties": .object(properties),
    ]
    let root: JSONValue = [
      "$schema":
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
      "version": "2.1.0",
      "runs": [run],
    ]
    return JSONText.render(root)
  }

  /// The SARIF level of an action: `note` for a warning, `warning` for
  /// supervision, `error` from an interview up (a plan's own step: by its
  /// rank against the interview's).
  static func level(of action: EscalationAction) -> String {
    switch action {
    case .warning: "note"
    case .supervision: "warning"
    case .interview, .accountability, .veto: "error"
    default: action.level >= EscalationAction.interview.level ? "error" : "warning"
    }
  }

  private func policyRule(_ policy: Policy) -> JSONValue {
    var description = "\(policy.action.rawValue) (\(policy.action.chineseName)) by \(policy.by)"
    if let source = policy.source { description += " under \(source.section): \(source.quote)" }
    var properties: [String: JSONValue] = [
      "action": .init(policy.action.rawValue), "by": .init(policy.by), "when": .init(policy.when),
    ]
    properties["section"] = JSONValue(policy.source?.section)
    return [
      "id": .init(policy.id),
      "name": .init(policy.title ?? policy.id),
      "shortDescription": ["text": .init("when \(policy.when)")],
      "fullDescription": ["text": .init(description)],
      "defaultConfiguration": ["level": .init(Self.level(of: policy.action))],
      "properties": .object(properties),
    ]
  }

  private func violationRule(_ kind: ViolationKind, id: String) -> JSONValue {
    [
      "id": .init(id),
      "name": .init(kind.rawValue),
      "shortDescription": ["text": .init("\(kind.label.en) (\(kind.label.zh))")],
      "defaultConfiguration": ["level": "note"],
    ]
  }

  private func resultJSON(
    ruleID: String, level: String, violation: Violation, message: String, key: String
  ) -> [String: JSONValue] {
    let location = violation.location
    var json: [String: JSONValue] = [
      "ruleId": .init(ruleID),
      "level": .init(level),
      "message": ["text": .init(message)],
      "locations": [
        [
          "physicalLocation": [
            "artifactLocation": ["uri": .init(Self.uri(location.file))],
            "region": ["startLine": .init(location.line), "startColumn": .init(location.column)],
          ],
          "logicalLocations": [
            [
              "name": .init(violation.instance),
              "kind": violation.isMetricSubject ? "metric" : "duty",
            ]
          ],
        ]
      ],
      "partialFingerprints": ["rulecFinding/v1": .init(key)],
    ]
    if let entry = entries.locations[violation.instance] {
      let text = language == .zh ? "快照中的条目" : "the snapshot's entry"
      json["relatedLocations"] = [
        [
          "id": 1,
          "message": ["text": .init(text)],
          "physicalLocation": [
            "artifactLocation": ["uri": .init(Self.uri(entry.file))],
            "region": ["startLine": .init(entry.line), "startColumn": .init(entry.column)],
          ],
        ]
      ]
    }
    return json
  }

  private func message(
    _ violation: Violation, _ escalation: Escalation?, _ graph: ObligationGraph
  ) -> String {
    if language == .zh { return FindingMessage.chinese(violation, escalation, graph) }
    var text =
      "\(violation.instance) (\(violation.title)): \(violation.kind.label.en), "
      + ReportText.measure(of: violation, in: .en)
    if let due = violation.due { text += ", due \(due)" }
    if let escalation {
      text +=
        ". \(escalation.action.rawValue) (\(escalation.action.chineseName)) by "
        + ReportText.bodyName(escalation.by, in: graph) + " on "
        + ReportText.bodyName(escalation.target, in: graph)
      if let source = escalation.source { text += " under \(source.section)" }
    }
    if let source = violation.source { text += "; duty from \(source.section)" }
    return text + "."
  }

  /// A file path as a URI reference: `/` kept, everything unsafe escaped.
  static func uri(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: ":")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }
}
