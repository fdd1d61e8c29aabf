/// Reads one YAML mapping against the keys the language allows there:
/// reports unknown keys (with "did you mean"), non-string keys and missing
/// required keys, and hands out the values by key.
///
/// What the mapping is (for messages) is only worked out when a message
/// needs it, and values are kept by the key's position in `allowed`: a
/// mapping that is right costs no text and no hashing.
struct MappingReader {
  /// The mapping node itself.
  let node: YAMLNode
  private let describe: () -> LocalizedText
  private let allowed: [String]
  /// The pair of each allowed key, by the key's position in `allowed`.
  private var pairs: [YAMLNode.Pair?]

  /// Reads `node`, or reports E020 and returns `nil` when it is not a mapping.
  init?(
    _ node: YAMLNode, subject: @escaping @autoclosure () -> LocalizedText, allowed: [String],
    diagnostics: inout Diagnostics
  ) {
    guard let pairs = node.mapping else {
      diagnostics.report(.expectedMapping(subject(), at: node.location))
      return nil
    }
    self.node = node
    describe = subject
    self.allowed = allowed
    self.pairs = Array(repeating: nil, count: allowed.count)
    for pair in pairs {
      guard let key = pair.key.scalar else {
        diagnostics.report(.nonStringKey(at: pair.key.location))
        continue
      }
      guard let position = allowed.firstIndex(of: key) else {
        let suggestion = DidYouMean(candidates: allowed).suggest(for: key)
        diagnostics.report(
          .unknownKey(
            key, in: subject(), known: allowed, suggestion: suggestion, at: pair.key.location))
        continue
      }
      self.pairs[position] = pair
    }
  }

  /// What the mapping is, for messages.
  var subject: LocalizedText { describe() }

  private func pair(_ key: String) -> YAMLNode.Pair? {
    allowed.firstIndex(of: key).flatMap { pairs[$0] }
  }

  /// The value of an optional key.
  subscript(_ key: String) -> YAMLNode? { pair(key)?.value }

  /// The key node of a present key (for pointing at the key itself).
  func keyNode(_ key: String) -> YAMLNode? { pair(key)?.key }

  /// The value of a required key, or E022 at the mapping.
  func required(_ key: String, diagnostics: inout Diagnostics) -> YAMLNode? {
    if let value = pair(key)?.value { return value }
    diagnostics.report(.missingKey(key, in: subject, at: node.location))
    return nil
  }
}
