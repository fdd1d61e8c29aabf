/// Reads `source: {section, quote}`.
enum SourceBuilder {
  /// The keys of `source:`.
  static let keys = ["section", "quote"]

  static func build(
    _ node: YAMLNode, owner: @escaping @autoclosure () -> LocalizedText,
    diagnostics: inout Diagnostics
  ) -> SourceDecl? {
    func subject() -> LocalizedText { Subject.field("source", of: owner()) }
    func text(_ key: String, _ value: YAMLNode?) -> Located<String>? {
      value.flatMap {
        ScalarReading.string($0, Subject.field(key, of: subject()), diagnostics: &diagnostics)
      }
    }
    let section: Located<String>?
    let quote: Located<String>?
    if let (sectionNode, quoteNode) = sectionAndQuote(node) {
      section = text("section", sectionNode)
      quote = text("quote", quoteNode)
    } else {
      guard
        let map = MappingReader(
          node, subject: subject(), allowed: keys, diagnostics: &diagnostics)
      else { return nil }
      section = text("section", map.required("section", diagnostics: &diagnostics))
      quote = text("quote", map.required("quote", diagnostics: &diagnostics))
    }
    guard let section, let quote else { return nil }
    return SourceDecl(section: section, quote: quote)
  }

  /// The values of a mapping whose keys are exactly `section` and `quote`.
  ///
  /// That is the usual `source:` (keys in either order), where a
  /// `MappingReader` would find nothing to report: it is read without making
  /// one (a reader costs about 2,500 instructions a source). Anything else
  /// is left to the reader. The keys are compared as bytes, never made
  /// `String`s.
  private static func sectionAndQuote(_ node: YAMLNode) -> (YAMLNode, YAMLNode)? {
    guard let pairs = node.mapping, pairs.count == 2 else { return nil }
    let (first, second) = (pairs[0], pairs[1])
    if first.key.isScalar("section"), second.key.isScalar("quote") {
      return (first.value, second.value)
    }
    if first.key.isScalar("quote"), second.key.isScalar("section") {
      return (second.value, first.value)
    }
    return nil
  }
}
