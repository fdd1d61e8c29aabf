/// Reads one `metrics:` entry.
struct MetricBuilder: EntryBuilder {
  static let kind = DeclarationKind.metric
  static let keys = [
    "name", "unit", "responsible", "baseline", "target", "shared", "source", "per_body",
    "doubtful",
  ]

  let id: Located<String>
  let node: YAMLNode
  /// The phrases of the file, parsed once: a cache of its own for each
  /// metric cost two caches of four tables (ten allocations) a metric.
  let phrases: PhraseCache

  func build(diagnostics: inout Diagnostics) -> MetricDecl? {
    guard let map = mapping(diagnostics: &diagnostics) else { return nil }
    let errorsBefore = diagnostics.errorCount

    let name = map.string("name", required: true, diagnostics: &diagnostics)
    let unit = map.string("unit", required: true, diagnostics: &diagnostics)
    let responsible =
      map.required("responsible", diagnostics: &diagnostics).map {
        ScalarReading.idList($0, Subject.key("responsible"), diagnostics: &diagnostics)
      } ?? []
    let source = map["source"].flatMap {
      SourceBuilder.build($0, owner: map.subject, diagnostics: &diagnostics)
    }
    let doubtful = map.string("doubtful", diagnostics: &diagnostics)
    let baseline = map["baseline"].flatMap { readBaseline($0, map.field("baseline"), &diagnostics) }
    let readTarget = TargetBuilder(phrases: phrases).read
    let target = map.required("target", diagnostics: &diagnostics).flatMap {
      readTarget($0, map.field("target"), &diagnostics)
    }
    let shared = map["shared"].flatMap { node -> Located<SharedReading>? in
      guard let text = ScalarReading.string(node, map.field("shared"), diagnostics: &diagnostics)
      else { return nil }
      guard let shared = SharedReading(rawValue: text.value) else {
        diagnostics.report(
          .unknownValue(
            text.value, for: map.field("shared"), allowed: SharedReading.allCases.map(\.rawValue),
            suggestion: nil, at: text.range))
        return nil
      }
      return Located(shared, at: text.range)
    }
    if shared != nil, let key = map.keyNode("per_body") {
      diagnostics.report(.conflictingKeys("shared", "per_body", in: map.subject, at: key.location))
    }
    if let baseline, let target, target.by.value < baseline.on.value {
      diagnostics.report(.targetBeforeBaseline(at: target.by.range))
    }
    let perBody =
      map["per_body"].map {
        BodyOverrideBuilder(phrases: phrases).metricOverrides(
          $0, owner: map.subject, readTarget: readTarget, readBaseline: readBaseline,
          diagnostics: &diagnostics)
      } ?? []
    if let target, target.isRelative || target.earlier.contains(where: \.isRelative),
      baseline == nil
    {
      diagnostics.report(
        .error(
          .relativeTargetWithoutBaseline,
          LocalizedText(
            "a target relative to the baseline needs a baseline", "相对基准的目标需要写明基准值"),
          at: target.value.range))
    }
    guard diagnostics.errorCount == errorsBefore, let name, let unit, let target,
      let value = target.resolved(baseline: baseline?.value.value)
    else { return nil }
    return MetricDecl(
      id: id, name: name, unit: unit, responsible: responsible,
      responsibleIsList: map["responsible"]?.sequence != nil,
      baseline: baseline.map { ($0.value, $0.on) }, direction: target.direction,
      target: Located(value, at: target.value.range), by: target.by, goal: target, shared: shared,
      perBody: perBody,
      source: source, doubtful: doubtful, range: node.location)
  }

  private func readBaseline(
    _ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> MetricDecl.Baseline? {
    guard
      let map = MappingReader(
        node, subject: subject, allowed: ["value", "on"], diagnostics: &diagnostics)
    else { return nil }
    let value = map.required("value", diagnostics: &diagnostics).flatMap {
      ScalarReading.number($0, Subject.field("value", of: subject), diagnostics: &diagnostics)
    }
    let on = map.required("on", diagnostics: &diagnostics).flatMap {
      ScalarReading.day($0, Subject.field("on", of: subject), diagnostics: &diagnostics)
    }
    guard let value, let on else { return nil }
    return MetricDecl.Baseline(value: value, on: on)
  }
}
