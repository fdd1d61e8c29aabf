/// Builds the typed syntax of one rule file from its YAML documents:
/// the "build" phase between loading and resolving.
///
/// Every problem is reported into the diagnostics; entries with errors are
/// left out of the result, the rest are kept so one run reports them all.
public struct RuleFileBuilder {
  /// The top-level keys of a rule file.
  public static let topLevelKeys = [
    "plan", "classes", "bodies", "obligations", "metrics", "policies", "explained",
  ]

  /// The keys of a `bodies:` entry.
  static let bodyKeys = ["name", "short", "kind", "parent", "members"]

  private let path: String
  /// The number of obligations from which a section is built in two
  /// halves side by side.
  package var halvesFrom = 4096

  /// Creates a builder for the file at `path`.
  public init(path: String) {
    self.path = path
  }

  /// Builds the file's syntax from its documents (a file may hold several).
  public func build(_ documents: [YAMLNode], diagnostics: inout Diagnostics) -> RuleFile {
    build(documents, tagged: true, diagnostics: &diagnostics)
  }

  /// Builds the file's syntax from its documents; `tagged: false` says
  /// that the loader saw no tag in them, which spares the walk that checks
  /// every node's tag against the core schema.
  package func build(_ documents: [YAMLNode], tagged: Bool, diagnostics: inout Diagnostics)
    -> RuleFile
  {
    var file = RuleFile(path: path)
    if tagged { CoreSchemaTags.check(documents, diagnostics: &diagnostics) }
    let phrases = PhraseCache()
    for document in documents where !document.isNull {
      guard
        let top = MappingReader(
          document, subject: Subject.file, allowed: Self.topLevelKeys, diagnostics: &diagnostics)
      else { continue }
      if let node = top["plan"] {
        if let plan = buildPlan(node, diagnostics: &diagnostics) {
          if let previous = file.plan {
            diagnostics.report(.duplicatePlan(at: plan.range, previous: previous.range))
          } else {
            file.plan = plan
          }
        }
      }
      // An entry with an error is kept as incomplete: its id stays known,
      // and nothing more is said about it downstream.
      entries(top["classes"], "classes", &diagnostics) { id, node, diagnostics in
        if let declared = ClassBuilder(id: id, node: node, phrases: phrases).build(
          diagnostics: &diagnostics)
        {
          file.classes.append(declared)
        } else {
          file.incomplete.append(IncompleteDecl(kind: .timeLimitClass, id: id))
        }
      }
      complete(top["bodies"], .body, into: &file.bodies, &file.incomplete, &diagnostics) {
        buildBody($0, $1, diagnostics: &$2)
      }
      buildObligations(top["obligations"], into: &file, phrases: phrases, &diagnostics)
      complete(top["metrics"], .metric, into: &file.metrics, &file.incomplete, &diagnostics) {
        MetricBuilder(id: $0, node: $1, phrases: phrases).build(diagnostics: &$2)
      }
      entries(top["policies"], "policies", &diagnostics) { id, node, diagnostics in
        let before = diagnostics.errorCount
        switch buildPolicy(id, node, diagnostics: &diagnostics) {
        case .complete(let policy) where diagnostics.errorCount == before:
          file.policies.append(policy)
        case .complete(let policy):
          file.incomplete.append(
            IncompleteDecl(kind: .policy, id: id, whenSource: policy.whenSource))
        case .incomplete(let incomplete): file.incomplete.append(incomplete)
        }
      }
      if let node = top["explained"] {
        file.explained += buildExplained(node, diagnostics: &diagnostics)
      }
    }
    return file
  }

  /// Appends to `result` the entries of a section that `build` reads
  /// without an error; the others are kept in `incomplete`, so that their
  /// ids stay known.
  private func complete<Decl>(
    _ section: YAMLNode?, _ kind: DeclarationKind, into result: inout [Decl],
    _ incomplete: inout [IncompleteDecl], _ diagnostics: inout Diagnostics,
    build: (Located<String>, YAMLNode, inout Diagnostics) -> Decl?
  ) {
    result.reserveCapacity(result.count + (section?.mapping?.count ?? 0))
    entries(section, kind.section, &diagnostics) { id, node, diagnostics in
      Self.keep(id, node, kind, build, into: &result, &incomplete, &diagnostics)
    }
  }

  /// Builds one entry into `result` when it reads without an error, else
  /// keeps its id in `incomplete`.
  private static func keep<Decl>(
    _ id: Located<String>, _ node: YAMLNode, _ kind: DeclarationKind,
    _ build: (Located<String>, YAMLNode, inout Diagnostics) -> Decl?, into result: inout [Decl],
    _ incomplete: inout [IncompleteDecl], _ diagnostics: inout Diagnostics
  ) {
    let before = diagnostics.errorCount
    if let decl = build(id, node, &diagnostics), diagnostics.errorCount == before {
      result.append(decl)
    } else {
      incomplete.append(IncompleteDecl(kind: kind, id: id))
    }
  }

  /// Builds the `obligations:` section; a large one (a plan written as one
  /// big file) in two halves at once, each with its own phrase cache and
  /// diagnostics, joined in order: the result and the diagnostics are
  /// those of one pass.
  private func buildObligations(
    _ section: YAMLNode?, into file: inout RuleFile, phrases: PhraseCache,
    _ diagnostics: inout Diagnostics
  ) {
    guard let pairs = section?.mapping, pairs.count >= halvesFrom else {
      complete(section, .obligation, into: &file.obligations, &file.incomplete, &diagnostics) {
        ObligationBuilder(id: $0, node: $1, phrases: phrases).build(diagnostics: &$2)
      }
      return
    }
    /// What one half reads: its obligations, its incomplete entries, what it reports.
    struct Half {
      var obligations: [ObligationDecl] = []
      var incomplete: [IncompleteDecl] = []
      var diagnostics: Diagnostics
    }
    let errorLimit = diagnostics.errorLimit
    func half(_ part: Slice<YAMLNode.Pairs>, _ phrases: PhraseCache) -> Half {
      var obligations: [ObligationDecl] = []
      var incomplete: [IncompleteDecl] = []
      var diagnostics = Diagnostics(errorLimit: errorLimit)
      obligations.reserveCapacity(part.count)
      let build = { (id: Located<String>, node: YAMLNode, diagnostics: inout Diagnostics) in
        ObligationBuilder(id: id, node: node, phrases: phrases).build(diagnostics: &diagnostics)
      }
      entries(part, DeclarationKind.obligation.section, &diagnostics) { id, node, diagnostics in
        Self.keep(id, node, .obligation, build, into: &obligations, &incomplete, &diagnostics)
      }
      return Half(obligations: obligations, incomplete: incomplete, diagnostics: diagnostics)
    }
    let middle = pairs.count / 2
    let (front, back) = SecondCore.run(
      { half(pairs[..<middle], phrases) }, beside: { half(pairs[middle...], PhraseCache()) })
    for built in [front, back] {
      file.obligations += built.obligations
      file.incomplete += built.incomplete
      diagnostics.merge(built.diagnostics)
    }
  }

  /// Calls `body` for each `id: value` pair of a top-level section.
  private func entries(
    _ section: YAMLNode?, _ name: String, _ diagnostics: inout Diagnostics,
    _ body: (Located<String>, YAMLNode, inout Diagnostics) -> Void
  ) {
    guard let section, !section.isNull else { return }
    guard let pairs = section.mapping else {
      diagnostics.report(.expectedMapping(Subject.key(name), at: section.location))
      return
    }
    entries(pairs[...], name, &diagnostics, body)
  }

  /// Calls `body` for each `id: value` pair of some of a section's pairs.
  private func entries(
    _ pairs: Slice<YAMLNode.Pairs>, _ name: String, _ diagnostics: inout Diagnostics,
    _ body: (Located<String>, YAMLNode, inout Diagnostics) -> Void
  ) {
    for pair in pairs {
      guard pair.key.isScalar else {
        diagnostics.report(.nonStringKey(at: pair.key.location))
        continue
      }
      guard let id = ScalarReading.id(pair.key, Subject.key(name), diagnostics: &diagnostics)
      else { continue }
      body(id, pair.value, &diagnostics)
    }
  }

  private func buildPlan(_ node: YAMLNode, diagnostics: inout Diagnostics) -> PlanDecl? {
    let subject = LocalizedText(en: "the plan", zh: "计划")
    let keys = [
      "id", "title", "document", "effective", "until", "calendar", "report_within",
      "publish_within", "actions", "words",
    ]
    guard let map = MappingReader(node, subject: subject, allowed: keys, diagnostics: &diagnostics)
    else { return nil }
    let id = map.id("id", required: true, diagnostics: &diagnostics)
    let title = map.string("title", required: true, diagnostics: &diagnostics)
    let document = map.string("document", diagnostics: &diagnostics)
    let effective = map["effective"].flatMap {
      ScalarReading.day($0, Subject.field("effective", of: subject), diagnostics: &diagnostics)
    }
    let until = map["until"].flatMap {
      ScalarReading.day($0, Subject.field("until", of: subject), diagnostics: &diagnostics)
    }
    let calendar = map.string("calendar", diagnostics: &diagnostics)
    let report = map["report_within"].flatMap {
      ScalarReading.span($0, Subject.field("report_within", of: subject), diagnostics: &diagnostics)
    }
    let publish = map["publish_within"].flatMap {
      ScalarReading.span(
        $0, Subject.field("publish_within", of: subject), diagnostics: &diagnostics)
    }
    let words = map["words"].map {
      readWords($0, Subject.field("words", of: subject), &diagnostics)
    }
    let actions = map["actions"].map {
      readActions($0, Subject.field("actions", of: subject), &diagnostics)
    }
    guard let id, let title else { return nil }
    return PlanDecl(
      id: id, title: title, document: document, effective: effective, reportWithin: report,
      publishWithin: publish, until: until, calendar: calendar,
      actions: actions ?? EscalationAction.standard, words: words ?? .standard,
      range: node.location)
  }

  /// `actions: [{id: warning, name: 预警}, {id: assess, name: 纳入考核}]`: the
  /// plan's escalation ladder, lowest first.
  private func readActions(
    _ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> [EscalationAction] {
    guard let items = node.sequence else {
      diagnostics.report(.expectedList(subject, at: node.location))
      return EscalationAction.standard
    }
    guard !items.isEmpty else {
      diagnostics.report(.emptyValue(subject, at: node.location))
      return EscalationAction.standard
    }
    var ladder: [EscalationAction] = []
    var seen: [String: SourceRange] = [:]
    for item in items {
      guard
        let map = MappingReader(
          item, subject: subject, allowed: ["id", "name"], diagnostics: &diagnostics)
      else { continue }
      let id = map.required("id", diagnostics: &diagnostics).flatMap {
        ScalarReading.id($0, Subject.field("id", of: subject), diagnostics: &diagnostics)
      }
      let name = map.required("name", diagnostics: &diagnostics).flatMap {
        ScalarReading.string($0, Subject.field("name", of: subject), diagnostics: &diagnostics)
      }
      guard let id, let name else { continue }
      if let first = seen[id.value] {
        diagnostics.report(.duplicateAction(id.value, at: id.range, first: first))
        continue
      }
      seen[id.value] = id.range
      ladder.append(EscalationAction(id: id.value, name: name.value, level: ladder.count + 1))
    }
    return ladder.isEmpty ? EscalationAction.standard : ladder
  }

  /// `words: {ledger: 任务台账, missing: 未报送工作进展}`.
  private func readWords(
    _ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> PlanWords {
    guard
      let map = MappingReader(
        node, subject: subject, allowed: PlanWords.keys, diagnostics: &diagnostics)
    else { return .standard }
    var given: [String: String] = [:]
    for key in PlanWords.keys {
      given[key] = map[key].flatMap {
        ScalarReading.string($0, Subject.field(key, of: subject), diagnostics: &diagnostics)?.value
      }
    }
    return PlanWords(given: given)
  }

  private func buildBody(
    _ id: Located<String>, _ node: YAMLNode, diagnostics: inout Diagnostics
  ) -> BodyDecl? {
    func subject() -> LocalizedText { Subject.entry(.body, id.value) }
    guard
      let map = MappingReader(
        node, subject: subject(), allowed: Self.bodyKeys,
        diagnostics: &diagnostics)
    else { return nil }
    let name = map.string("name", required: true, diagnostics: &diagnostics)
    let short = map.string("short", diagnostics: &diagnostics)
    let kind = map.id("kind", diagnostics: &diagnostics)
    let parent = map.id("parent", diagnostics: &diagnostics)
    let members =
      map["members"].map {
        ScalarReading.idList($0, Subject.key("members"), diagnostics: &diagnostics)
      } ?? []
    guard let name else { return nil }
    return BodyDecl(
      id: id, name: name, short: short, kind: kind, parent: parent, members: members,
      range: node.location)
  }

  /// The policy, or what could be read of it (its condition is still
  /// checked when its action or body is wrong).
  private func buildPolicy(
    _ id: Located<String>, _ node: YAMLNode, diagnostics: inout Diagnostics
  ) -> Entry<PolicyDecl> {
    var incomplete = IncompleteDecl(kind: .policy, id: id)
    func subject() -> LocalizedText { Subject.entry(.policy, id.value) }
    guard
      let map = MappingReader(
        node, subject: subject(),
        allowed: ["title", "when", "action", "by", "targets", "doubtful", "source"],
        diagnostics: &diagnostics)
    else { return .incomplete(incomplete) }
    let title = map.string("title", diagnostics: &diagnostics)
    let when = map.string("when", required: true, diagnostics: &diagnostics)
    let action = map.required("action", diagnostics: &diagnostics).flatMap {
      ScalarReading.string($0, LocalizedText(en: "action", zh: "处置措施"), diagnostics: &diagnostics)
    }
    let by = map.id("by", required: true, diagnostics: &diagnostics)
    let targets =
      map["targets"].map {
        ScalarReading.idList($0, Subject.field("targets", of: subject()), diagnostics: &diagnostics)
      } ?? []
    let doubtful = map.string("doubtful", diagnostics: &diagnostics)
    let source = map["source"].flatMap {
      SourceBuilder.build($0, owner: subject(), diagnostics: &diagnostics)
    }
    let whenSource = when == nil ? nil : map["when"].flatMap(ExpressionSource.init(scalar:))
    incomplete.whenSource = whenSource
    guard let when, let whenSource, let action, let by else { return .incomplete(incomplete) }
    return .complete(
      PolicyDecl(
        id: id, title: title, when: when, whenSource: whenSource, action: action, by: by,
        targets: targets, doubtful: doubtful, source: source,
        range: node.location))
  }

  private func buildExplained(_ node: YAMLNode, diagnostics: inout Diagnostics) -> [ExplainedDecl] {
    guard let items = node.sequence else {
      diagnostics.report(.expectedList(Subject.key("explained"), at: node.location))
      return []
    }
    let subject = LocalizedText(en: "an 'explained' entry", zh: "'explained' 条目")
    return items.compactMap { item in
      guard
        let map = MappingReader(
          item, subject: subject, allowed: ["quote", "reason"], diagnostics: &diagnostics)
      else { return nil }
      let quote = map.string("quote", required: true, diagnostics: &diagnostics)
      let reason = map.string("reason", required: true, diagnostics: &diagnostics)
      guard let quote, let reason else { return nil }
      return ExplainedDecl(quote: quote, reason: reason)
    }
  }

  /// An entry read whole, or as far as it could be read.
  private enum Entry<Decl> {
    case complete(Decl)
    case incomplete(IncompleteDecl)
  }
}
