/// Reads `source: {section, quote}`.
enum SourceBuilder {
  /// The keys of `source:`.
  static let keys = ["section", "quote"]

  static func build(
    _ node: YAMLNode, owner: @escaping @autoclosure () -> LocalizedText,
    diagnostics: inout Diagnostics
  ) -> SourceDecl? {
    func subject() -> LocalizedText { Subject.field("source", of: owner()) }
    guard
      let map = MappingReader(
        node, subject: subject(), allowed: keys, diagnostics: &diagnostics)
    else { return nil }
    let section = map.string("section", required: true, diagnostics: &diagnostics)
    let quote = map.string("quote", required: true, diagnostics: &diagnostics)
    guard let section, let quote else { return nil }
    return SourceDecl(section: section, quote: quote)
  }
}
