/// Reads one `metrics:` entry.
struct MetricBuilder: EntryBuilder {
  static let kind = DeclarationKind.metric
  static let keys = [
    "name", "unit", "responsible", "baseline", "target", "source", "per_body", "doubtful",
  ]

  let id: Located<String>
  let node: YAMLNode

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
    let target = map.required("target", diagnostics: &diagnostics).flatMap {
      readTarget($0, map.field("target"), &diagnostics)
    }
    if let baseline, let target, target.by.value < baseline.on.value {
      diagnostics.report(
        .error(
          .targetBeforeBaseline,
          LocalizedText("the target date is before the baseline date", "目标日期早于基准日期"),
          at: target.by.range))
    }
    let perBody =
      map["per_body"].map {
        BodyOverrideBuilder(phrases: PhraseCache()).metricOverrides(
          $0, owner: map.subject, readTarget: readTarget, readBaseline: readBaseline,
          diagnostics: &diagnostics)
      } ?? []
    if let target, target.isRelative, baseline == nil {
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
      target: Located(value, at: target.value.range), by: target.by, perBody: perBody,
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

  private func readTarget(
    _ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> MetricDecl.Target? {
    guard
      let map = MappingReader(
        node, subject: subject, allowed: ["at_most", "at_least", "by"], diagnostics: &diagnostics)
    else { return nil }
    let by = map.required("by", diagnostics: &diagnostics).flatMap {
      ScalarReading.day($0, Subject.field("by", of: subject), diagnostics: &diagnostics)
    }
    let direction: MetricDecl.Direction
    switch (map["at_most"], map["at_least"]) {
    case (.some, .some):
      diagnostics.report(
        .conflictingKeys("at_most", "at_least", in: subject, at: map.node.location))
      return nil
    case (.some, nil): direction = .atMost
    case (nil, .some): direction = .atLeast
    case (nil, nil):
      diagnostics.report(.missingKey("at_most' or 'at_least", in: subject, at: map.node.location))
      return nil
    }
    let node = map[direction.rawValue]
    let written = node?.scalar.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let isRelative = written.hasSuffix("%")
    let value = node.flatMap { node -> Located<Double>? in
      guard isRelative else {
        return ScalarReading.number(
          node, Subject.field(direction.rawValue, of: subject), diagnostics: &diagnostics)
      }
      guard let number = Double(written.dropLast()), number.isFinite, number > -100 else {
        diagnostics.report(
          .expectedNumber(
            Subject.field(direction.rawValue, of: subject), found: written, at: node.location))
        return nil
      }
      return Located(number, at: node.location)
    }
    guard let value, let by else { return nil }
    return MetricDecl.Target(direction: direction, value: value, by: by, isRelative: isRelative)
  }
}
