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
    let results = writer
    let entryMessage = language == .zh ? "快照中的条目" : "the snapshot's entry"
    TwoCoreWriting.writeMembers(
      escalated.count + unescalated.count, of: &writer, into: &output,
      state: Lookups(
        places: SnapshotEntries.Places(entries),
        layout: SARIFResultLayout(resultsOf: results, entryMessage: entryMessage))
    ) { item, lookups, part in
      part.element()
      if item < escalated.count {
        // The escalation and the violation read in place (`withElement`),
        // not copied; the escalation is copied once, as the finding's.
        result.escalations.withElement(at: escalated[item].escalation) { escalation in
          result.violations.withElement(at: escalated[item].violation) { violation in
            let ruleIndex = lookups.ruleIndex(of: escalation, in: policyIndex)
            writeResult(
              violation, escalation,
              Finding(
                ruleID: escalation.policy, ruleIndex: ruleIndex,
                level: Self.level(of: escalation.action)),
              graph: graph, lookups: &lookups, into: &part)
          }
        }
      } else {
        result.violations.withElement(at: unescalated[item - escalated.count]) { violation in
          let rule = kindRules[violation.kind]
          writeResult(
            violation, nil,
            Finding(
              ruleID: rule?.id ?? "violation/\(violation.kind.rawValue)",
              ruleIndex: rule?.index, level: "note"),
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
  }

  /// A result's object, its members in sorted key order.
  ///
  /// The fixed text comes from `lookups.layout`, the values between.
  /// `escalation` is the one the result reports, `nil` for a violation no
  /// policy escalates.
  private func writeResult(
    _ violation: Violation, _ escalation: Escalation?, _ finding: Finding,
    graph: ObligationGraph, lookups: inout Lookups, into writer: inout JSONText.Writer
  ) {
    let layout = lookups.layout
    writer.write(layout.level)
    writer.string(finding.level)
    writer.write(layout.kind)
    writer.string(violation.isMetricSubject ? "metric" : "duty")
    writer.write(layout.name)
    writer.string(violation.instance)
    writer.write(layout.ruleFile)
    Self.writeFile(violation.location, uris: &lookups.rules, layout: layout, into: &writer)
    writer.write(layout.message)
    writeMessage(violation, escalation, graph, names: &lookups.names, into: &writer)
    writer.write(layout.fingerprint)
    // The key (the escalation's or the violation's), and the properties
    // in key order, written without making them first.
    writer.beginString()
    writer.stringPart(escalation?.policy ?? violation.kind.rawValue)
    writer.stringPart(plain: ":")
    writer.stringPart(violation.instance)
    writer.endString()
    if let escalation {
      Self.member(layout.action, escalation.action.rawValue, into: &writer)
      Self.member(layout.by, escalation.by, into: &writer)
      Self.member(layout.instance, escalation.instance, into: &writer)
      Self.member(layout.target, escalation.target, into: &writer)
      Self.member(layout.violation, escalation.violation.rawValue, into: &writer)
    } else {
      Self.member(layout.body, violation.body, into: &writer)
      Self.member(layout.instance, violation.instance, into: &writer)
      Self.member(layout.violation, violation.kind.rawValue, into: &writer)
    }
    if let entry = lookups.places.location(of: violation.instance) {
      writer.write(layout.entryFile)
      Self.writeFile(entry, uris: &lookups.entries, layout: layout, into: &writer)
      writer.write(layout.ruleIDAfterEntry)
    } else {
      writer.write(layout.ruleID)
    }
    writer.string(finding.ruleID)
    if let index = finding.ruleIndex {
      writer.write(layout.ruleIndex)
      writer.int(index)
    }
    writer.write(layout.end)
  }

  /// A text member: its key and what comes before it (`key`), the text.
  private static func member(
    _ key: JSONText.Writer.Recording, _ text: String, into writer: inout JSONText.Writer
  ) {
    writer.write(key)
    writer.string(text)
  }

  /// A physical location's values: the file as a URI, the column and the
  /// line, after their keys (`layout`'s `column` and `line`).
  private static func writeFile(
    _ location: SourceLocation, uris: inout FileURIs, layout: SARIFResultLayout,
    into writer: inout JSONText.Writer
  ) {
    writer.string(uris.uri(of: location))
    writer.write(layout.column)
    writer.int(location.column)
    writer.write(layout.line)
    writer.int(location.line)
  }

  /// A result's message as a JSON string, written in parts (each escaped
  /// as the whole would be).
  private func writeMessage(
    _ violation: Violation, _ escalation: Escalation?, _ graph: ObligationGraph,
    names: inout (acting: BodyNames, actedOn: BodyNames), into writer: inout JSONText.Writer
  ) {
    if language == .zh {
      return writer.string(FindingMessage.chinese(violation, escalation, graph))
    }
    writer.beginString()
    writer.stringPart(violation.instance)
    writer.stringPart(plain: " (")
    writer.stringPart(violation.title)
    writer.stringPart(plain: "): ")
    writer.stringPart(violation.kind.label.en)
    writer.stringPart(plain: ", ")
    if let days = ReportText.daysOverdue(violation) {
      writer.stringPart(digits: days)
      writer.stringPart(plain: days == 1 ? " day overdue" : " days overdue")
    } else {
      writer.stringPart(ReportText.measure(of: violation, in: .en))
    }
    if let due = violation.due {
      writer.stringPart(plain: ", due ")
      writer.stringPart(due.description)
    }
    if let escalation {
      writer.stringPart(plain: ". ")
      writer.stringPart(escalation.action.rawValue)
      writer.stringPart(plain: " (")
      writer.stringPart(escalation.action.chineseName)
      writer.stringPart(plain: ") by ")
      writer.stringPart(names.acting.name(of: escalation.by, in: graph))
      writer.stringPart(plain: " on ")
      writer.stringPart(names.actedOn.name(of: escalation.target, in: graph))
      if let source = escalation.source {
        writer.stringPart(plain: " under ")
        writer.stringPart(source.section)
      }
    }
    if let source = violation.source {
      writer.stringPart(plain: "; duty from ")
      writer.stringPart(source.section)
    }
    writer.stringPart(plain: ".")
    writer.endString()
  }

  /// What one side of the writing (`TwoCoreWriting`) keeps to find things
  /// faster: the URIs of the rule files and of the snapshot's files, where
  /// the entries are, and the results' fixed text.
  private struct Lookups {
    var rules = FileURIs()
    var entries = FileURIs()
    var places: SnapshotEntries.Places
    /// The names of the bodies named so far, who acts apart from who is
    /// acted on (each kept with the one named last).
    var names = (acting: BodyNames(), actedOn: BodyNames())
    /// The fixed text of a result, this side's own.
    let layout: SARIFResultLayout
    /// The index of each policy's rule, by its escalations' shared part.
    var ruleIndices = ByPolicy<Int?>()

    /// The index of the rule of `escalation`'s policy in `index` (by the
    /// policy's id), looked up once per policy part: hashing the id for
    /// each escalation cost ~420 instructions (21 M at 100k).
    mutating func ruleIndex(of escalation: Escalation, in index: [String: Int]) -> Int? {
      if let known = ruleIndices.value(for: escalation) { return known }
      let found = index[escalation.policy]
      ruleIndices.keep(found, for: escalation)
      return found
    }
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
