/// Reads one `classes:` entry: `{name, within | due | standing, final, report}`.
struct ClassBuilder: EntryBuilder {
  static let kind = DeclarationKind.timeLimitClass
  static let keys = ["name", "within", "due", "final", "standing", "report", "source"]

  let id: Located<String>
  let node: YAMLNode
  /// The phrases of the file, parsed once.
  let phrases: PhraseCache

  func build(diagnostics: inout Diagnostics) -> ClassDecl? {
    guard let map = mapping(diagnostics: &diagnostics) else { return nil }
    let errorsBefore = diagnostics.errorCount
    let name = map.string("name", required: true, diagnostics: &diagnostics)
    let within = map["within"].flatMap {
      ScalarReading.span($0, map.field("within"), cache: phrases, diagnostics: &diagnostics)
    }
    let due = map["due"].flatMap { node -> ClassDecl.Deadline? in
      ScalarReading.day(node, map.field("due"), cache: phrases, diagnostics: &diagnostics).map {
        .fixed($0, phrase: node.scalar ?? "")
      }
    }
    let final = map["final"].flatMap {
      ScalarReading.day($0, map.field("final"), cache: phrases, diagnostics: &diagnostics)
    }
    let standing = map["standing"].flatMap {
      ScalarReading.bool($0, map.field("standing"), diagnostics: &diagnostics)
    }
    let report = map["report"].flatMap { node -> Located<RecurrencePhrase>? in
      guard let text = ScalarReading.string(node, map.field("report"), diagnostics: &diagnostics)
      else { return nil }
      switch RecurrencePhrase.parse(text.value) {
      case .success(let phrase): return Located(phrase, at: text.range)
      case .failure(let error):
        diagnostics.report(.invalidRecurrence(error, at: text.range))
        return nil
      }
    }
    let source = map["source"].flatMap {
      SourceBuilder.build($0, owner: map.subject, diagnostics: &diagnostics)
    }
    let given =
      ["within", "due"].filter { map[$0] != nil } + (standing?.value == true ? ["standing"] : [])
    if given.count != 1 {
      diagnostics.report(.classDeadlineCount(id.value, given: given, at: id.range))
    }
    if standing?.value == true, let finalKey = map.keyNode("final") {
      diagnostics.report(
        .conflictingKeys("final", "standing", in: map.subject, at: finalKey.location))
    }
    if standing?.value != true, let reportKey = map.keyNode("report") {
      diagnostics.report(
        .error(
          .reportNeedsStanding,
          LocalizedText(
            en: "class '\(id.value)' has 'report' but is not standing: "
              + "only a standing class reports each period",
            zh: "整改类别 '\(id.value)' 给出了 'report'，但不是长期坚持类别：只有长期坚持类别按期报告"),
          at: reportKey.location))
    }
    guard diagnostics.errorCount == errorsBefore, let name else { return nil }
    return ClassDecl(
      id: id, name: name, deadline: within.map(ClassDecl.Deadline.within) ?? due, final: final,
      standing: standing?.value ?? false, report: report, source: source, range: node.location)
  }
}
