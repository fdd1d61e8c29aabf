import RuleParser

extension ObligationGraph {
  /// The graph as JSON (schema `rulec-graph/1`, documented in docs/graph.md):
  /// keys sorted, pretty-printed, byte-identical for the same rules.
  ///
  /// Written straight into one buffer: every object's keys are written in
  /// sorted order here, and the collections keyed by id are already sorted
  /// by id.
  public func json() -> String {
    String(decoding: jsonBytes(), as: UTF8.self)
  }

  /// `json()` as UTF-8 bytes, without making (and checking) a `String`.
  public func jsonBytes() -> [UInt8] {
    var output = ReportOutput()
    writeJSON(to: &output)
    return output.bytes
  }

  /// Writes `json()` to `output`, handing it on in chunks as it goes: a
  /// million instances' graph is never held whole in memory.
  ///
  /// The instances and the obligations, most of the text, are written on
  /// both cores (`TwoCoreWriting`), the instances from fixed pieces of text
  /// (`InstanceJSON`).
  public func writeJSON(to output: inout ReportOutput) {
    var json = JSONText.Writer(capacity: 1 << 17)
    let handOn = { (json: inout JSONText.Writer) in output.take(from: &json) }
    json.beginObject()
    json.field("bodies")
    members(of: bodies, id: \.id, into: &json, handOn: handOn) { body, json in
      Self.write(body, into: &json)
    }
    if !classes.isEmpty {
      json.field("classes")
      members(of: classes.sorted { $0.id < $1.id }, id: \.id, into: &json, handOn: handOn) {
        declared, json in
        Self.write(declared, into: &json)
      }
    }
    json.field("counts")
    json.beginObject()
    let counts: [(StaticString, Int)] = [
      ("bodies", bodies.count), ("instances", instances.count),
      ("metric_instances", metricInstances.count), ("metrics", metrics.count),
      ("obligations", obligations.count), ("policies", policies.count),
    ]
    for (name, count) in counts {
      json.field(name)
      json.int(count)
    }
    json.endObject()
    json.field("format")
    json.string("rulec-graph/1")
    json.field("instances")
    json.beginObject()
    output.takeAll(from: &json)
    TwoCoreWriting.write(instances.count, into: &output) { range, output in
      InstanceJSON.write(instances, range, into: &output)
    }
    if !instances.isEmpty { json.wroteApart() }
    json.endObject()
    json.field("metric_instances")
    members(of: metricInstances, id: \.id, into: &json, handOn: handOn) { instance, json in
      json.beginObject()
      Self.write("body", instance.body, into: &json)
      Self.write("metric", instance.metric, into: &json)
      json.endObject()
    }
    json.field("metrics")
    members(of: metrics, id: \.id, into: &json, handOn: handOn) { metric, json in
      Self.write(metric, into: &json)
    }
    json.field("obligations")
    json.beginObject()
    TwoCoreWriting.writeMembers(obligations.count, of: &json, into: &output) { position, part in
      part.key(obligations[position].id)
      Self.write(obligations[position], into: &part)
    }
    json.endObject()
    json.field("plan")
    writePlan(into: &json)
    json.field("policies")
    members(of: policies, id: \.id, into: &json, handOn: handOn) { policy, json in
      Self.write(policy, into: &json)
    }
    json.endObject()
    output.write(contentsOf: json.finishedBytes())
  }

  /// An object with one member per value, keyed by id (values sorted by id).
  private func members<Value>(
    of values: [Value], id: (Value) -> String, into json: inout JSONText.Writer,
    handOn: (inout JSONText.Writer) -> Void, _ write: (Value, inout JSONText.Writer) -> Void
  ) {
    json.beginObject()
    for value in values {
      json.key(id(value))
      write(value, &json)
      handOn(&json)
    }
    json.endObject()
  }

  private func writePlan(into json: inout JSONText.Writer) {
    json.beginObject()
    Self.write("document", plan.document, into: &json)
    Self.write("effective", plan.effective, into: &json)
    Self.write("id", plan.id, into: &json)
    Self.write("publish_within", plan.publishWithin?.description, into: &json)
    Self.write("report_within", plan.reportWithin?.description, into: &json)
    Self.write("title", plan.title, into: &json)
    json.endObject()
  }

  private static func write(_ body: Body, into json: inout JSONText.Writer) {
    json.beginObject()
    write("kind", body.kind, into: &json)
    json.field("location")
    json.string(body.location)
    if body.isGroup { write("members", body.members, into: &json) }
    write("name", body.name, into: &json)
    write("parent", body.parent, into: &json)
    write("short", body.short, into: &json)
    json.endObject()
  }

  private static func write(_ obligation: Obligation, into json: inout JSONText.Writer) {
    json.beginObject()
    write("class", obligation.obligationClass?.id, into: &json)
    write("cooperating", obligation.cooperating, into: &json)
    write("depends_on", obligation.dependsOn, into: &json)
    write("doubtful", obligation.doubtful, into: &json)
    switch obligation.due {
    case .fixed(let day, let phrase)?:
      write("due", day, into: &json)
      write("due_phrase", phrase, into: &json)
    case .relative(let within, let after)?:
      json.field("due_rule")
      json.beginObject()
      write("after", after, into: &json)
      write("within", within.description, into: &json)
      json.endObject()
    case nil: break
    }
    write("every", obligation.every?.rawValue, into: &json)
    write("from", obligation.from, into: &json)
    json.field("location")
    json.string(obligation.location)
    write("publish_within", obligation.publishWithin?.description, into: &json)
    write("report_within", obligation.reportWithin?.description, into: &json)
    write("responsible", obligation.responsible, into: &json)
    write("source", obligation.source, into: &json)
    write("title", obligation.title, into: &json)
    write("until", obligation.until, into: &json)
    json.endObject()
  }

  private static func write(_ metric: Metric, into json: inout JSONText.Writer) {
    json.beginObject()
    if let value = metric.baselineValue, let on = metric.baselineOn {
      json.field("baseline")
      json.beginObject()
      write("on", on, into: &json)
      json.field("value")
      json.number(value)
      json.endObject()
    }
    write("doubtful", metric.doubtful, into: &json)
    json.field("location")
    json.string(metric.location)
    write("name", metric.name, into: &json)
    write("period", metric.period?.rawValue, into: &json)
    write("responsible", metric.responsible, into: &json)
    if metric.shape != .bound { write("shape", metric.shape.name, into: &json) }
    write("shared", metric.shared?.rawValue, into: &json)
    if metric.shared != nil { write("shared_by", metric.sharedBy, into: &json) }
    write("source", metric.source, into: &json)
    if !metric.stages.isEmpty {
      json.field("stages")
      json.beginArray()
      for stage in metric.stages {
        json.element()
        json.beginObject()
        write("by", stage.by, into: &json)
        if let low = stage.low {
          json.field("low")
          json.number(low)
        }
        write("opens", stage.opens, into: &json)
        json.field("value")
        json.number(stage.value)
        json.endObject()
      }
      json.endArray()
    }
    json.field("target")
    json.beginObject()
    json.key(metric.direction.rawValue)  // at_least or at_most: before "by"
    json.number(metric.target)
    write("by", metric.by, into: &json)
    json.endObject()
    write("unit", metric.unit, into: &json)
    json.endObject()
  }

  private static func write(_ policy: Policy, into json: inout JSONText.Writer) {
    json.beginObject()
    write("action", policy.action.rawValue, into: &json)
    write("by", policy.by, into: &json)
    write("doubtful", policy.doubtful, into: &json)
    json.field("location")
    json.string(policy.location)
    write("source", policy.source, into: &json)
    if !policy.targets.isEmpty { write("targets", policy.targets, into: &json) }
    write("title", policy.title, into: &json)
    write("when", policy.when, into: &json)
    json.endObject()
  }

  private static func write(_ declared: ObligationClass, into json: inout JSONText.Writer) {
    json.beginObject()
    write("due", declared.due, into: &json)
    write("final", declared.final, into: &json)
    write("name", declared.name, into: &json)
    write("report", declared.report?.recurrence.rawValue, into: &json)
    write("source", declared.source, into: &json)
    if declared.standing {
      json.field("standing")
      json.bool(true)
    }
    write("within", declared.within?.description, into: &json)
    json.endObject()
  }

  /// A source clause as a member, when there is one.
  private static func write(
    _ key: StaticString, _ clause: SourceClause?, into json: inout JSONText.Writer
  ) {
    guard let clause else { return }
    json.field(key)
    json.beginObject()
    if let line = clause.documentLine {
      json.field("line")
      json.int(line)
    }
    write("quote", clause.quote, into: &json)
    write("section", clause.section, into: &json)
    json.endObject()
  }

  /// A text member, when there is a text.
  private static func write(_ key: StaticString, _ text: String?, into json: inout JSONText.Writer)
  {
    guard let text else { return }
    json.field(key)
    json.string(text)
  }

  /// A list of texts as a member.
  private static func write(
    _ key: StaticString, _ texts: [String], into json: inout JSONText.Writer
  ) {
    json.field(key)
    json.beginArray()
    for text in texts {
      json.element()
      json.string(text)
    }
    json.endArray()
  }

  /// A day member (`YYYY-MM-DD`), when there is a day.
  private static func write(_ key: StaticString, _ day: Day?, into json: inout JSONText.Writer) {
    guard let day else { return }
    json.field(key)
    json.string(day.description)
  }
}
