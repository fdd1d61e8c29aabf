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
    var rules: [[String: Any]] = graph.policies.map(policyRule)
    var ruleIndex = Dictionary(
      uniqueKeysWithValues: graph.policies.enumerated().map { ($1.id, $0) })
    var results: [[String: Any]] = []
    for escalation in result.escalations {
      guard let violation = result.violation(answeredBy: escalation) else { continue }
      var item = resultJSON(
        ruleID: escalation.policy, level: Self.level(of: escalation.action), violation: violation,
        message: message(violation, escalation, graph), key: escalation.key)
      item["ruleIndex"] = ruleIndex[escalation.policy]
      item["properties"] = [
        "action": escalation.action.rawValue, "by": escalation.by, "target": escalation.target,
        "instance": escalation.instance, "violation": escalation.violation.rawValue,
      ]
      results.append(item)
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
      item["ruleIndex"] = ruleIndex[ruleID]
      item["properties"] = [
        "instance": violation.instance, "violation": violation.kind.rawValue,
        "body": violation.body,
      ]
      results.append(item)
    }
    var properties: [String: Any] = ["plan": result.plan, "as_of": result.asOf.description]
    properties["returns"] = result.returns?.json()
    let run: [String: Any] = [
      "tool": [
        "driver": ["name": "rulec", "version": toolVersion, "rules": rules]
      ],
      "results": results,
      "columnKind": "unicodeCodePoints",
      "properties": properties,
    ]
    let root: [String: Any] = [
      "$schema":
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
      "version": "2.1.0",
      "runs": [run],
    ]
    return JSONText.render(root)
  }

  /// The SARIF level of an action: `note` for a warning, `warning` for
  /// supervision, `error` from an interview up.
  static func level(of action: EscalationAction) -> String {
    switch action {
    case .warning: "note"
    case .supervision: "warning"
    case .interview, .accountability, .veto: "error"
    }
  }

  private func policyRule(_ policy: Policy) -> [String: Any] {
    var description = "\(policy.action.rawValue) (\(policy.action.chineseName)) by \(policy.by)"
    if let source = policy.source { description += " under \(source.section): \(source.quote)" }
    var properties: [String: Any] = [
      "action": policy.action.rawValue, "by": policy.by, "when": policy.when,
    ]
    properties["section"] = policy.source?.section
    return [
      "id": policy.id,
      "name": policy.title ?? policy.id,
      "shortDescription": ["text": "when \(policy.when)"],
      "fullDescription": ["text": description],
      "defaultConfiguration": ["level": Self.level(of: policy.action)],
      "properties": properties,
    ]
  }

  private func violationRule(_ kind: ViolationKind, id: String) -> [String: Any] {
    [
      "id": id,
      "name": kind.rawValue,
      "shortDescription": ["text": "\(kind.label.en) (\(kind.label.zh))"],
      "defaultConfiguration": ["level": "note"],
    ]
  }

  private func resultJSON(
    ruleID: String, level: String, violation: Violation, message: String, key: String
  ) -> [String: Any] {
    let location = violation.location
    var json: [String: Any] = [
      "ruleId": ruleID,
      "level": level,
      "message": ["text": message],
      "locations": [
        [
          "physicalLocation": [
            "artifactLocation": ["uri": Self.uri(location.file)],
            "region": ["startLine": location.line, "startColumn": location.column],
          ],
          "logicalLocations": [
            ["name": violation.instance, "kind": violation.kind.isMetric ? "metric" : "duty"]
          ],
        ]
      ],
      "partialFingerprints": ["rulecFinding/v1": key],
    ]
    if let entry = entries.locations[violation.instance] {
      let text = language == .zh ? "快照中的条目" : "the snapshot's entry"
      json["relatedLocations"] = [
        [
          "id": 1,
          "message": ["text": text],
          "physicalLocation": [
            "artifactLocation": ["uri": Self.uri(entry.file)],
            "region": ["startLine": entry.line, "startColumn": entry.column],
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
