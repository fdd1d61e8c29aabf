/// Reads `per_body:`: a mapping from a body or group id to what differs for
/// it (obligations: `due`, `every`, `cooperating`; metrics: `target`,
/// `baseline`).
struct BodyOverrideBuilder {
  /// The phrases of the file, parsed once.
  let phrases: PhraseCache

  /// The keys an obligation's override may have.
  static let obligationKeys = ["due", "every", "cooperating"]
  /// The keys a metric's override may have.
  static let metricKeys = ["target", "baseline"]

  /// An obligation's `per_body:`.
  func obligationOverrides(
    _ node: YAMLNode, owner: LocalizedText,
    readDue: (YAMLNode, LocalizedText, inout Diagnostics) -> ObligationDecl.Due?,
    readEvery: (YAMLNode, LocalizedText, inout Diagnostics) -> Located<RecurrencePhrase>?,
    diagnostics: inout Diagnostics
  ) -> [BodyOverrideDecl] {
    entries(node, owner: owner, keys: Self.obligationKeys, diagnostics: &diagnostics) {
      body, map, what, diagnostics in
      var override = BodyOverrideDecl(body: body)
      override.due = map["due"].flatMap { readDue($0, what, &diagnostics) }
      if case .relative(_, let after?) = override.due {
        diagnostics.report(
          .error(
            .overrideNamesAfter,
            LocalizedText(
              en: "a 'per_body' deadline cannot name 'after'", zh: "'per_body' 中的期限不能写 'after'"),
            at: after.range))
      }
      let every = map["every"].flatMap {
        readEvery($0, Subject.field("every", of: what), &diagnostics)
      }
      override.every = every.map { Located($0.value.recurrence, at: $0.range) }
      override.everyDue = every?.value.dueDay
      override.cooperating = map["cooperating"].map {
        ScalarReading.idList($0, Subject.key("cooperating"), diagnostics: &diagnostics)
      }
      return override
    }
  }

  /// A metric's `per_body:`.
  func metricOverrides(
    _ node: YAMLNode, owner: LocalizedText,
    readTarget: (YAMLNode, LocalizedText, inout Diagnostics) -> MetricDecl.Target?,
    readBaseline: (YAMLNode, LocalizedText, inout Diagnostics) -> MetricDecl.Baseline?,
    diagnostics: inout Diagnostics
  ) -> [BodyOverrideDecl] {
    entries(node, owner: owner, keys: Self.metricKeys, diagnostics: &diagnostics) {
      body, map, what, diagnostics in
      var override = BodyOverrideDecl(body: body)
      override.target = map["target"].flatMap {
        readTarget($0, Subject.field("target", of: what), &diagnostics)
      }
      override.baseline = map["baseline"].flatMap {
        readBaseline($0, Subject.field("baseline", of: what), &diagnostics)
      }
      return override
    }
  }

  /// Each `id: {...}` pair, read by `read`.
  private func entries(
    _ node: YAMLNode, owner: LocalizedText, keys: [String], diagnostics: inout Diagnostics,
    read: (Located<String>, MappingReader, LocalizedText, inout Diagnostics) -> BodyOverrideDecl
  ) -> [BodyOverrideDecl] {
    let section = Subject.field("per_body", of: owner)
    guard let pairs = node.mapping else {
      diagnostics.report(.expectedMapping(section, at: node.location))
      return []
    }
    return pairs.compactMap { pair in
      guard let body = ScalarReading.id(pair.key, section, diagnostics: &diagnostics) else {
        return nil
      }
      let what = Subject.field(body.value, of: section)
      guard
        let map = MappingReader(pair.value, subject: what, allowed: keys, diagnostics: &diagnostics)
      else { return nil }
      return read(body, map, what, &diagnostics)
    }
  }
}

extension BodyOverrideDecl {
  /// An override for `body` with nothing overridden yet.
  init(body: Located<String>) {
    self.body = body
  }
}
