import RuleParser

/// The findings as JSON (`rulec-check/1`, documented in docs/check.md):
/// `{plan, as_of, violations, escalations, summary}`, keys sorted,
/// byte-identical for the same input.
public struct JSONReport: CheckReport {
  /// Creates a JSON report.
  public init() {}

  /// The report: the root's members in sorted key order, each violation
  /// and escalation written as soon as it is made, so that a million
  /// findings are never one value in memory.
  public func write(_ result: CheckResult, graph: ObligationGraph, to output: inout ReportOutput) {
    var root: [String: JSONValue] = [
      "format": "rulec-check/1",
      "plan": JSONValue(result.plan),
      "as_of": JSONValue(result.asOf.description),
      "summary": JSONValue(summary(result, ladder: graph.plan.actions)),
    ]
    if let returns = result.returns { root["returns"] = returns.json() }
    if let changes = result.changes {
      root["since"] = JSONValue(changes.since.description)
    }
    var writer = JSONText.Writer()
    writer.beginObject()
    var keys = Array(root.keys) + ["violations", "escalations"]
    if result.changes != nil { keys.append("resolved") }
    for key in keys.sorted() {
      writer.key(key)
      switch key {
      case "violations":
        write(result.violations, into: &writer, output: &output) {
          write($1, changes: result.changes, into: &$3)
        }
      case "escalations":
        let changes = result.changes
        write(result.escalations, into: &writer, output: &output) {
          let answered = result.violationPosition(answering: $0)
          write(
            $1, changes: changes,
            obligationSource: answered.flatMap {
              result.violations.withElement(at: $0) { $0.source }
            },
            runs: &$2, into: &$3)
        }
      case "resolved":
        guard let changes = result.changes else { continue }
        writer.beginObject()
        writer.field("escalations")
        write(changes.resolvedEscalations, into: &writer, output: &output) {
          write($1, changes: nil, obligationSource: nil, runs: &$2, into: &$3)
        }
        writer.field("violations")
        write(changes.resolvedViolations, into: &writer, output: &output) {
          write($1, changes: nil, into: &$3)
        }
        writer.endObject()
      default:
        root[key]?.write(into: &writer)
      }
    }
    writer.endObject()
    output.write(contentsOf: writer.finishedBytes())
  }

  /// Findings as an array, each written by `write` (given its position,
  /// itself, read in place, and its side's recorded members, which only
  /// escalations use) and handed on to `output` as soon as the text makes a
  /// chunk; the elements written on both cores (`TwoCoreWriting`).
  private func write<Finding>(
    _ findings: [Finding], into writer: inout JSONText.Writer, output: inout ReportOutput,
    _ write: (Int, Finding, inout JSONEscalationRuns, inout JSONText.Writer) -> Void
  ) {
    writer.beginArray()
    TwoCoreWriting.writeMembers(
      findings.count, of: &writer, into: &output, state: JSONEscalationRuns()
    ) { position, runs, part in
      part.element()
      findings.withElement(at: position) { write(position, $0, &runs, &part) }
    }
    writer.endArray()
  }

  /// A violation's object, its members in sorted key order (absent values
  /// left out).
  private func write(
    _ violation: Violation, changes: FindingChanges?, into writer: inout JSONText.Writer
  ) {
    let details = violation.details
    writer.beginObject()
    writer.field("body")
    writer.string(violation.body)
    if let change = changes?.change(of: violation) {
      writer.field("change")
      writer.string(change.rawValue)
    }
    Self.write("completed", details.completed, into: &writer)
    if !violation.cooperating.isEmpty {
      writer.field("cooperating")
      JSONValue(violation.cooperating).write(into: &writer)
    }
    Self.write("doubtful", violation.doubtful, into: &writer)
    Self.write("due", violation.due, into: &writer)
    writer.field("facts")
    Self.write(violation.facts, into: &writer)
    writer.field("instance")
    writer.string(violation.instance)
    writer.field("location")
    writer.string(violation.location)
    writer.field(violation.isMetricSubject ? "metric" : "obligation")
    writer.string(violation.subject)
    if let path = details.pathValue {
      writer.field("path_value")
      writer.number(path)
    }
    if !details.prerequisites.isEmpty {
      writer.field("prerequisites")
      JSONValue(details.prerequisites).write(into: &writer)
    }
    if violation.kind == .unpublished {
      Self.write("published", details.late, into: &writer)
    }
    Self.write("reading_on", details.readingOn, into: &writer)
    if violation.kind == .unreported || violation.kind == .falseReport {
      Self.write("reported", details.late, into: &writer)
    }
    if let source = violation.source { Self.write("source", source, into: &writer) }
    if let target = details.target {
      writer.field("target")
      writer.number(target)
    }
    if let form = details.form {
      writer.field("target_form")
      Self.formJSON(form).write(into: &writer)
    }
    writer.field("title")
    writer.string(violation.title)
    writer.field("type")
    writer.string(violation.kind.rawValue)
    Self.write("unit", details.unit, into: &writer)
    writer.endObject()
  }

  /// The facts with a value, by name in sorted order.
  private static func write(_ facts: ViolationFacts, into writer: inout JSONText.Writer) {
    writer.beginObject()
    let keys = factKeys
    facts.forEachValue(of: factsByName) { index, value in
      writer.field(index, of: keys)
      switch value {
      case .bool(let flag): writer.bool(flag)
      case .int(let number): writer.int(number)
      case .number(let number): writer.number(number)
      case .string(let text): writer.string(text)
      case .enumeration(let item): writer.string(item.name)
      }
    }
    writer.endObject()
  }

  /// Every fact, in the order of its name.
  private static let factsByName = Fact.allCases.sorted { $0.name < $1.name }

  /// The facts' names as keys laid out, in the order of `factsByName`
  /// (fact names are plain snake-case words: nothing to escape).
  private static let factKeys = JSONText.Writer.Keys(factsByName.map(\.name))

  /// A text member, left out when `text` is `nil`.
  private static func write(
    _ key: StaticString, _ text: String?, into writer: inout JSONText.Writer
  ) {
    guard let text else { return }
    writer.field(key)
    writer.string(text)
  }

  /// A day's member, left out when `day` is `nil`.
  private static func write(_ key: StaticString, _ day: Day?, into writer: inout JSONText.Writer) {
    guard let day else { return }
    writer.field(key)
    writer.string(day)
  }

  /// A source clause's member: `{line, quote, section}`.
  static func write(
    _ key: StaticString, _ clause: SourceClause, into writer: inout JSONText.Writer
  ) {
    writer.field(key)
    writer.beginObject()
    if let line = clause.documentLine {
      writer.field("line")
      writer.int(line)
    }
    writer.field("quote")
    writer.string(clause.quote)
    writer.field("section")
    writer.string(clause.section)
    writer.endObject()
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

  /// An escalation's object, its members in sorted key order; `changes`
  /// marks what changed, `obligationSource` is the clause of the
  /// obligation it answers; the members its policy fixes come from `runs`.
  private func write(
    _ escalation: Escalation, changes: FindingChanges?, obligationSource: SourceClause?,
    runs: inout JSONEscalationRuns, into writer: inout JSONText.Writer
  ) {
    writer.beginObject()
    writer.field("action")
    writer.string(escalation.action.rawValue)
    writer.field("by")
    writer.string(escalation.by)
    Self.write("change", changes?.change(of: escalation).rawValue, into: &writer)
    writer.field("instance")
    writer.string(escalation.instance)
    runs.writeLocation(of: escalation, into: &writer)
    if let obligationSource { runs.writeObligationSource(obligationSource, into: &writer) }
    runs.writePolicy(of: escalation, into: &writer)
    if let taken = escalation.taken {
      writer.field("taken")
      writer.beginObject()
      writer.field("action")
      writer.string(taken.action.rawValue)
      writer.field("on")
      writer.string(taken.on.description)
      writer.endObject()
    }
    writer.field("target")
    writer.string(escalation.target)
    runs.writeTitle(of: escalation, into: &writer)
    writer.field("violation")
    writer.string(escalation.violation.rawValue)
    writer.endObject()
  }

  /// The number of instances with violations: the violations are sorted
  /// by instance, so an instance's stand together and none is hashed.
  private static func instanceCount(_ violations: [Violation]) -> Int {
    violations.indices.count { $0 == 0 || violations[$0].instance != violations[$0 - 1].instance }
  }

  private func summary(_ result: CheckResult, ladder: [EscalationAction]) -> [String: JSONValue] {
    let byAction = result.countsByAction
    let byKind = result.countsByKind
    var json: [String: JSONValue] = [
      "violations": JSONValue(result.violations.count),
      "escalations": JSONValue(result.escalations.count),
      "taken": JSONValue(result.escalations.indices.count { !result.escalations[$0].isProposed }),
      "doubtful": JSONValue(
        result.violations.indices.count { result.violations[$0].doubtful != nil }),
      "instances": JSONValue(Self.instanceCount(result.violations)),
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
}
