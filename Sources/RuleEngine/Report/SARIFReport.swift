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

  /// The report, keys sorted: each result is written as soon as it is
  /// made, so that a million findings are never one value in memory (the
  /// rules, which results add to, come after them: `tool` sorts after
  /// `results`).
  public func write(_ result: CheckResult, graph: ObligationGraph, to output: inout ReportOutput) {
    var rules: [JSONValue] = graph.policies.map(policyRule)
    var ruleIndex = Dictionary(
      uniqueKeysWithValues: graph.policies.enumerated().map { ($1.id, $0) })
    var properties: [String: JSONValue] = [
      "plan": .init(result.plan), "as_of": .init(result.asOf.description),
    ]
    properties["returns"] = result.returns?.json()
    var writer = JSONText.Writer()
    writer.beginObject()
    writer.field("$schema")
    writer.string(
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    writer.field("runs")
    writer.beginArray()
    writer.element()
    writer.beginObject()
    writer.field("columnKind")
    writer.string("unicodeCodePoints")
    writer.field("properties")
    JSONValue.object(properties).write(into: &writer)
    writer.field("results")
    writer.beginArray()
    // The results in order: each escalation that answers a violation, then
    // each violation no policy escalates, by their positions.
    let escalated = result.escalations.indices.compactMap { position in
      result.violationPosition(answering: position).map { (escalation: position, violation: $0) }
    }
    let unescalated = result.violations.indices.filter { !result.isEscalated(violationAt: $0) }
    // The rules of the kinds no policy escalates, added as they first come.
    var kindRules: [ViolationKind: (id: String, index: Int?)] = [:]
    for position in unescalated {
      let kind = result.violations.withElement(at: position) { $0.kind }
      guard kindRules[kind] == nil else { continue }
      let ruleID = "violation/\(kind.rawValue)"
      if ruleIndex[ruleID] == nil {
        ruleIndex[ruleID] = rules.count
        rules.append(violationRule(kind, id: ruleID))
      }
      kindRules[kind] = (ruleID, ruleIndex[ruleID])
    }
    let policyIndex = ruleIndex
    TwoCoreWriting.writeMembers(
      escalated.count + unescalated.count, of: &writer, into: &output,
      state: Lookups(places: SnapshotEntries.Places(entries))
    ) { item, lookups, part in
      part.element()
      if item < escalated.count {
        let escalation = result.escalations[escalated[item].escalation]
        // The violation read in place (`withElement`), not copied.
        result.violations.withElement(at: escalated[item].violation) { violation in
          writeResult(
            violation,
            Finding(
              ruleID: escalation.policy, ruleIndex: policyIndex[escalation.policy],
              level: Self.level(of: escalation.action), escalation: escalation),
            graph: graph, lookups: &lookups, into: &part)
        }
      } else {
        result.violations.withElement(at: unescalated[item - escalated.count]) { violation in
          let rule = kindRules[violation.kind]
          writeResult(
            violation,
            Finding(
              ruleID: rule?.id ?? "violation/\(violation.kind.rawValue)",
              ruleIndex: rule?.index, level: "note", escalation: nil),
            graph: graph, lookups: &lookups, into: &part)
        }
      }
    }
    writer.endArray()
    writer.field("tool")
    let tool: JSONValue = [
      "driver": ["name": "rulec", "version": .init(toolVersion), "rules": .array(rules)]
    ]
    tool.write(into: &writer)
    writer.endObject()
    writer.endArray()
    writer.field("version")
    writer.string("2.1.0")
    writer.endObject()
    output.write(contentsOf: writer.finishedBytes())
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

  /// What a result says beyond its properties.
  private struct Finding {
    let ruleID: String
    let ruleIndex: Int?
    let level: String
    /// The escalation, or `nil` for a violation no policy escalates.
    let escalation: Escalation?
  }

  /// A result's object, its members in sorted key order.
  private func writeResult(
    _ violation: Violation, _ finding: Finding, graph: ObligationGraph,
    lookups: inout Lookups,
    into writer: inout JSONText.Writer
  ) {
    writer.beginObject()
    writer.field("level")
    writer.string(finding.level)
    writer.field("locations")
    writer.beginArray()
    writer.element()
    writer.beginObject()
    writer.field("logicalLocations")
    writer.beginArray()
    writer.element()
    writer.beginObject()
    writer.field("kind")
    writer.string(violation.isMetricSubject ? "metric" : "duty")
    writer.field("name")
    writer.string(violation.instance)
    writer.endObject()
    writer.endArray()
    Self.writePhysical(violation.location, uris: &lookups.rules, into: &writer)
    writer.endObject()
    writer.endArray()
    writer.field("message")
    writer.beginObject()
    writer.field("text")
    writeMessage(violation, finding.escalation, graph, into: &writer)
    writer.endObject()
    writer.field("partialFingerprints")
    writer.beginObject()
    writer.field("rulecFinding/v1")
    // The key (the escalation's or the violation's), and the properties
    // in key order, written without making them first.
    writer.beginString()
    writer.stringPart(finding.escalation?.policy ?? violation.kind.rawValue)
    writer.stringPart(":")
    writer.stringPart(finding.escalation?.instance ?? violation.instance)
    writer.endString()
    writer.endObject()
    writer.field("properties")
    writer.beginObject()
    if let escalation = finding.escalation {
      Self.member("action", escalation.action.rawValue, into: &writer)
      Self.member("by", escalation.by, into: &writer)
      Self.member("instance", escalation.instance, into: &writer)
      Self.member("target", escalation.target, into: &writer)
      Self.member("violation", escalation.violation.rawValue, into: &writer)
    } else {
      Self.member("body", violation.body, into: &writer)
      Self.member("instance", violation.instance, into: &writer)
      Self.member("violation", violation.kind.rawValue, into: &writer)
    }
    writer.endObject()
    if let entry = lookups.places.location(of: violation.instance) {
      writer.field("relatedLocations")
      writer.beginArray()
      writer.element()
      writer.beginObject()
      writer.field("id")
      writer.int(1)
      Self.writeMessage(language == .zh ? "快照中的条目" : "the snapshot's entry", into: &writer)
      Self.writePhysical(entry, uris: &lookups.entries, into: &writer)
      writer.endObject()
      writer.endArray()
    }
    writer.field("ruleId")
    writer.string(finding.ruleID)
    if let index = finding.ruleIndex {
      writer.field("ruleIndex")
      writer.int(index)
    }
    writer.endObject()
  }

  /// `"key": "text"`.
  private static func member(
    _ key: StaticString, _ text: String, into writer: inout JSONText.Writer
  ) {
    writer.field(key)
    writer.string(text)
  }

  /// `"message": {"text": …}`.
  private static func writeMessage(_ text: String, into writer: inout JSONText.Writer) {
    writer.field("message")
    writer.beginObject()
    writer.field("text")
    writer.string(text)
    writer.endObject()
  }

  /// `"physicalLocation"`: the file as a URI, the line and column.
  private static func writePhysical(
    _ location: SourceLocation, uris: inout FileURIs, into writer: inout JSONText.Writer
  ) {
    writer.field("physicalLocation")
    writer.beginObject()
    writer.field("artifactLocation")
    writer.beginObject()
    writer.field("uri")
    writer.string(uris.uri(of: location))
    writer.endObject()
    writer.field("region")
    writer.beginObject()
    writer.field("startColumn")
    writer.int(location.column)
    writer.field("startLine")
    writer.int(location.line)
    writer.endObject()
    writer.endObject()
  }

  /// A result's message as a JSON string, written in parts (each escaped
  /// as the whole would be).
  private func writeMessage(
    _ violation: Violation, _ escalation: Escalation?, _ graph: ObligationGraph,
    into writer: inout JSONText.Writer
  ) {
    if language == .zh {
      return writer.string(FindingMessage.chinese(violation, escalation, graph))
    }
    writer.beginString()
    writer.stringPart(violation.instance)
    writer.stringPart(" (")
    writer.stringPart(violation.title)
    writer.stringPart("): ")
    writer.stringPart(violation.kind.label.en)
    writer.stringPart(", ")
    if let days = ReportText.daysOverdue(violation) {
      writer.stringPart(digits: days)
      writer.stringPart(plain: days == 1 ? " day overdue" : " days overdue")
    } else {
      writer.stringPart(ReportText.measure(of: violation, in: .en))
    }
    if let due = violation.due {
      writer.stringPart(", due ")
      writer.stringPart(due.description)
    }
    if let escalation {
      writer.stringPart(". ")
      writer.stringPart(escalation.action.rawValue)
      writer.stringPart(" (")
      writer.stringPart(escalation.action.chineseName)
      writer.stringPart(") by ")
      writer.stringPart(ReportText.bodyName(escalation.by, in: graph))
      writer.stringPart(" on ")
      writer.stringPart(ReportText.bodyName(escalation.target, in: graph))
      if let source = escalation.source {
        writer.stringPart(" under ")
        writer.stringPart(source.section)
      }
    }
    if let source = violation.source {
      writer.stringPart("; duty from ")
      writer.stringPart(source.section)
    }
    writer.stringPart(".")
    writer.endString()
  }

  /// What one side of the writing (`TwoCoreWriting`) keeps to find things
  /// faster: the URIs of the rule files and of the snapshot's files, and
  /// where the entries are.
  private struct Lookups {
    var rules = FileURIs()
    var entries = FileURIs()
    var places: SnapshotEntries.Places
  }

  /// The URI of the file named last, kept for the next location in it
  /// (a report names a few files again and again), by the file's number
  /// (`SourceLocation.fileNumber`): its name is asked for only when it
  /// changes, as that takes a lock both writing threads share.
  private struct FileURIs {
    private var last: (file: UInt32, uri: String)?

    /// The URI of the file of `location` (`SARIFReport.uri`).
    mutating func uri(of location: SourceLocation) -> String {
      if let last, last.file == location.fileNumber { return last.uri }
      let uri = SARIFReport.uri(location.file)
      last = (location.fileNumber, uri)
      return uri
    }
  }

  /// A file path as a URI reference: `/` kept, everything unsafe escaped.
  static func uri(_ path: String) -> String {
    // Most paths are plain ASCII that needs no escaping.
    let plain = path.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        true
      default: false
      }
    }
    if plain { return path }
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: ":")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }
}
