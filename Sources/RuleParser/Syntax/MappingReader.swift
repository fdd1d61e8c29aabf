/// Reads one YAML mapping against the keys the language allows there:
/// reports unknown keys (with "did you mean"), non-string keys and missing
/// required keys, and hands out the values by key.
struct MappingReader {
  /// The mapping node itself.
  let node: YAMLNode
  /// What the mapping is, for messages.
  let subject: LocalizedText
  private var values: [String: YAMLNode.Pair] = [:]

  /// Reads `node`, or reports E020 and returns `nil` when it is not a mapping.
  init?(
    _ node: YAMLNode, subject: LocalizedText, allowed: [String],
    diagnostics: inout Diagnostics
  ) {
    guard let pairs = node.mapping else {
      diagnostics.report(.expectedMapping(subject, at: node.location))
      return nil
    }
    self.node = node
    self.subject = subject
    for pair in pairs {
      guard let key = pair.key.scalar else {
        diagnostics.report(.nonStringKey(at: pair.key.location))
        continue
      }
      guard allowed.contains(key) else {
        let suggestion = DidYouMean(candidates: allowed).suggest(for: key)
        diagnostics.report(
          .unknownKey(key, in: subject, known: allowed, suggestion: suggestion, at: pair.key.location))
        continue
      }
      values[key] = pair
    }
  }

  /// The value of an optional key.
  subscript(_ key: String) -> YAMLNode? { values[key]?.value }

  /// The key node of a present key (for pointing at the key itself).
  func keyNode(_ key: String) -> YAMLNode? { values[key]?.key }

  /// The value of a required key, or E022 at the mapping.
  func required(_ key: String, diagnostics: inout Diagnostics) -> YAMLNode? {
    if let value = values[key]?.value { return value }
    diagnostics.report(.missingKey(key, in: subject, at: node.location))
    return nil
  }
}
