/// Reads `source: {section, quote}`.
enum SourceBuilder {
  static func build(
    _ node: YAMLNode, owner: @escaping @autoclosure () -> LocalizedText,
    diagnostics: inout Diagnostics
  ) -> SourceDecl? {
    func subject() -> LocalizedText { Subject.field("source", of: owner()) }
    guard
      let map = MappingReader(
        node, subject: subject(), allowed: ["section", "quote"], diagnostics: &diagnostics)
    else { return nil }
    let section = map.required("section", diagnostics: &diagnostics).flatMap {
      ScalarReading.string($0, Subject.field("section", of: subject()), diagnostics: &diagnostics)
    }
    let quote = map.required("quote", diagnostics: &diagnostics).flatMap {
      ScalarReading.string($0, Subject.field("quote", of: subject()), diagnostics: &diagnostics)
    }
    guard let section, let quote else { return nil }
    return SourceDecl(section: section, quote: quote)
  }
}
