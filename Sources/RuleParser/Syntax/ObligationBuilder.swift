/// Reads one `obligations:` entry.
struct ObligationBuilder: EntryBuilder {
  static let kind = DeclarationKind.obligation
  static let keys = [
    "title", "source", "responsible", "cooperating", "depends_on", "due", "every", "from",
    "until", "class", "report_within", "publish_within", "per_body", "doubtful",
  ]

  /// The positions in `keys` of the optional keys read by position: an
  /// obligation reads eleven of them, most of them absent.
  enum At {
    static let source = position("source")
    static let cooperating = position("cooperating")
    static let dependsOn = position("depends_on")
    static let due = position("due")
    static let every = position("every")
    static let perBody = position("per_body")
    static let from = position("from")
    static let until = position("until")
    static let obligationClass = position("class")
    static let reportWithin = position("report_within")
    static let publishWithin = position("publish_within")

    /// The key's position in `keys` (`keys.count`, read as absent, if it
    /// is not there: `ObligationBuilderTests` checks that each one is).
    private static func position(_ key: String) -> Int {
      ObligationBuilder.keys.firstIndex(of: key) ?? ObligationBuilder.keys.count
    }
  }

  /// The keys of `due: {within, after}`.
  static let relativeDueKeys = ["within", "after"]

  let id: Located<String>
  let node: YAMLNode
  /// The phrases of the file, parsed once.
  let phrases: PhraseCache

  func build(diagnostics: inout Diagnostics) -> ObligationDecl? {
    guard let map = mapping(diagnostics: &diagnostics) else { return nil }
    let errorsBefore = diagnostics.errorCount

    let title = map.string("title", required: true, diagnostics: &diagnostics)
    let source = map[allowed: At.source].flatMap {
      SourceBuilder.build($0, owner: map.subject, diagnostics: &diagnostics)
    }
    let responsibleNode = map.required("responsible", diagnostics: &diagnostics)
    let responsible =
      responsibleNode.map {
        ScalarReading.idList($0, Subject.key("responsible"), diagnostics: &diagnostics)
      } ?? []
    let cooperating =
      map[allowed: At.cooperating].map {
        ScalarReading.idList($0, Subject.key("cooperating"), diagnostics: &diagnostics)
      } ?? []
    let dependsOn =
      map[allowed: At.dependsOn].map {
        ScalarReading.idList($0, Subject.key("depends_on"), diagnostics: &diagnostics)
      } ?? []
    let dueNode = map[allowed: At.due]
    let everyNode = map[allowed: At.every]
    let due = dueNode.flatMap { readDue($0, subject: map.subject, diagnostics: &diagnostics) }
    let every = everyNode.flatMap { readEvery($0, map.field("every"), &diagnostics) }
    let perBody =
      map[allowed: At.perBody].map {
        BodyOverrideBuilder(phrases: phrases).obligationOverrides(
          $0, owner: map.subject,
          readDue: { node, what, diagnostics in
            readDue(node, subject: what, diagnostics: &diagnostics)
          }, readEvery: readEvery, diagnostics: &diagnostics)
      } ?? []
    var from = map[allowed: At.from].flatMap {
      ScalarReading.startDay($0, map.field("from"), cache: phrases, diagnostics: &diagnostics)
    }
    if let every, let start = every.value.start {
      if let keyNode = map.keyNode("from") {
        diagnostics.report(.startTwice(at: keyNode.location))
      }
      from = Located(start, at: every.range)
    }
    let until = map[allowed: At.until].flatMap {
      ScalarReading.day($0, map.field("until"), cache: phrases, diagnostics: &diagnostics)
    }
    let classNode = map[allowed: At.obligationClass]
    let obligationClass = classNode.flatMap {
      ScalarReading.id($0, LocalizedText(en: "class", zh: "整改类别"), diagnostics: &diagnostics)
    }
    let doubtful = map.string("doubtful", diagnostics: &diagnostics)
    let report = map[allowed: At.reportWithin].flatMap {
      ScalarReading.span($0, map.field("report_within"), cache: phrases, diagnostics: &diagnostics)
    }
    let publish = map[allowed: At.publishWithin].flatMap {
      ScalarReading.span($0, map.field("publish_within"), cache: phrases, diagnostics: &diagnostics)
    }

    if everyNode != nil, let dueKey = map.keyNode("due") {
      diagnostics.report(.conflictingKeys("due", "every", in: map.subject, at: dueKey.location))
    }
    // With a `class:` the compiler checks that it is a standing class that
    // reports each period (whose reports `from`/`until` bound).
    if everyNode == nil, classNode == nil {
      for key in ["from", "until"] {
        if let keyNode = map.keyNode(key) {
          diagnostics.report(.keyNeedsEvery(key, at: keyNode.location))
        }
      }
    }
    if let from, let until, until.value < from.value {
      diagnostics.report(
        .error(
          .fromAfterUntil,
          LocalizedText(
            "'from' (\(from.value)) is after 'until' (\(until.value))",
            "'from'（\(from.value)）晚于 'until'（\(until.value)）"),
          at: from.range))
    }
    if dueNode == nil, everyNode == nil, classNode == nil {
      diagnostics.report(
        .error(
          .noDeadline,
          LocalizedText(
            "obligation '\(id.value)' has no 'due', 'every' or 'class'",
            "义务 '\(id.value)' 缺少 'due'、'every' 或 'class'"), at: id.range))
    }
    guard diagnostics.errorCount == errorsBefore, let title else { return nil }
    return ObligationDecl(
      id: id, title: title, source: source, responsible: responsible,
      responsibleIsList: responsibleNode?.sequence != nil, cooperating: cooperating,
      dependsOn: dependsOn, due: due,
      every: every.map { Located($0.value.recurrence, at: $0.range) },
      everyDue: every?.value.dueDay, from: from, until: until,
      obligationClass: obligationClass, doubtful: doubtful, reportWithin: report,
      publishWithin: publish,
      perBody: perBody, range: node.location)
  }

  /// `every: 每季度`, `每年3月底前`, `2018年起每年`.
  private func readEvery(
    _ node: YAMLNode, _ what: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> Located<RecurrencePhrase>? {
    ScalarReading.recurrence(node, what, diagnostics: &diagnostics)
  }

  /// `due: 2017年底前`, `due: 2017-12-31`, `due: 3年内` (from the plan's
  /// effective date) or `due: {within: 2 months, after: id}`.
  private func readDue(
    _ node: YAMLNode, subject: @escaping @autoclosure () -> LocalizedText,
    diagnostics: inout Diagnostics
  ) -> ObligationDecl.Due? {
    func what() -> LocalizedText { Subject.field("due", of: subject()) }
    guard node.mapping != nil else {
      // The text is made once, for the phrase, the day and the declaration.
      let text = node.scalar
      let phrase = text.map { phrases.due($0) }
      if case .span(let span) = phrase {
        return .relative(within: Located(span, at: node.location), after: nil)
      }
      // Read as a day only when the node is a scalar (else `phrase` is
      // never asked), so that the day is the one `phrases.due` read.
      guard
        let day = ScalarReading.day(
          node, text: text, what(),
          parse: { text in
            if case .day(let day) = phrase { return day }
            return DeadlinePhrase.parse(text)
          }, diagnostics: &diagnostics)
      else { return nil }
      return .fixed(day, phrase: text ?? "")
    }
    guard
      let map = MappingReader(
        node, subject: what(), allowed: Self.relativeDueKeys, diagnostics: &diagnostics)
    else { return nil }
    let within = map.required("within", diagnostics: &diagnostics).flatMap {
      ScalarReading.span(
        $0, Subject.field("within", of: what()), cache: phrases, diagnostics: &diagnostics)
    }
    let after = map["after"].flatMap {
      ScalarReading.id($0, Subject.field("after", of: what()), diagnostics: &diagnostics)
    }
    guard let within else { return nil }
    return .relative(within: within, after: after)
  }
}
