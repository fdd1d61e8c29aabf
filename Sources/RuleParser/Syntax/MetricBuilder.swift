/// Reads one `metrics:` entry.
struct MetricBuilder {
  static let keys = ["name", "unit", "responsible", "baseline", "target", "source"]

  let id: Located<String>
  let node: YAMLNode

  func build(diagnostics: inout Diagnostics) -> MetricDecl? {
    let id = self.id
    func subject() -> LocalizedText { Subject.entry(.metric, id.value) }
    guard
      let map = MappingReader(
        node, subject: subject(), allowed: Self.keys, diagnostics: &diagnostics)
    else { return nil }
    let errorsBefore = diagnostics.errorCount
    func field(_ key: String) -> LocalizedText { Subject.field(key, of: subject()) }

    let name = map.required("name", diagnostics: &diagnostics).flatMap {
      ScalarReading.string($0, field("name"), diagnostics: &diagnostics)
    }
    let unit = map.required("unit", diagnostics: &diagnostics).flatMap {
      ScalarReading.string($0, field("unit"), diagnostics: &diagnostics)
    }
    let responsible =
      map.required("responsible", diagnostics: &diagnostics).map {
        ScalarReading.idList($0, Subject.key("responsible"), diagnostics: &diagnostics)
      } ?? []
    let source = map["source"].flatMap {
      SourceBuilder.build($0, owner: subject(), diagnostics: &diagnostics)
    }
    let baseline = map["baseline"].flatMap { readBaseline($0, field("baseline"), &diagnostics) }
    let target = map.required("target", diagnostics: &diagnostics).flatMap {
      readTarget($0, field("target"), &diagnostics)
    }
    if let baseline, let target, target.by.value < baseline.on.value {
      diagnostics.report(.targetBeforeBaseline(at: target.by.range))
    }
    guard diagnostics.errorCount == errorsBefore, let name, let unit, let target else { return nil }
    return MetricDecl(
      id: id, name: name, unit: unit, responsible: responsible,
      responsibleIsList: map["responsible"]?.sequence != nil, baseline: baseline,
      direction: target.direction, target: target.value, by: target.by, source: source,
      range: node.location)
  }

  private func readBaseline(
    _ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> (value: Located<Double>, on: Located<Day>)? {
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
    return (value, on)
  }

  private func readTarget(
    _ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> (direction: MetricDecl.Direction, value: Located<Double>, by: Located<Day>)? {
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
    let value = map[direction.rawValue].flatMap {
      ScalarReading.number(
        $0, Subject.field(direction.rawValue, of: subject), diagnostics: &diagnostics)
    }
    guard let value, let by else { return nil }
    return (direction, value, by)
  }
}
