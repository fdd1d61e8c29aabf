/// Reads one `classes:` entry: `{name, within | due | standing, final}`.
struct ClassBuilder: EntryBuilder {
  static let kind = DeclarationKind.timeLimitClass
  static let keys = ["name", "within", "due", "final", "standing", "source"]

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
    guard diagnostics.errorCount == errorsBefore, let name else { return nil }
    return ClassDecl(
      id: id, name: name, deadline: within.map(ClassDecl.Deadline.within) ?? due, final: final,
      standing: standing?.value ?? false, source: source, range: node.location)
  }
}
