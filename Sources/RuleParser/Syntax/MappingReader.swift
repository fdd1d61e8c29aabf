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
  /// The mapping's pairs.
  private let pairs: [YAMLNode.Pair]
  /// For each allowed key, by its position in `allowed`, the position of
  /// its pair in `pairs`, or -1.
  private var positions: [Int]
  /// The allowed keys that an unknown key was taken for (its did-you-mean):
  /// their absence is already reported by that key's E021.
  private var misspelt: Set<String> = []

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
    self.pairs = pairs
    positions = Array(repeating: -1, count: allowed.count)
    for (position, pair) in pairs.enumerated() {
      guard let key = pair.key.scalar else {
        diagnostics.report(.nonStringKey(at: pair.key.location))
        continue
      }
      guard let keyPosition = allowed.firstIndex(of: key) else {
        let suggestion = DidYouMean(candidates: allowed).suggest(for: key)
        if let suggestion { misspelt.insert(suggestion) }
        diagnostics.report(
          .unknownKey(
            key, in: subject(), known: allowed, suggestion: suggestion, at: pair.key.location))
        continue
      }
      positions[keyPosition] = position
    }
  }

  /// What the mapping is, for messages.
  var subject: LocalizedText { describe() }

  /// The position in `pairs` of a key's pair, if the key is present.
  private func position(_ key: String) -> Int? {
    guard let keyPosition = allowed.firstIndex(of: key) else { return nil }
    let position = positions[keyPosition]
    return position < 0 ? nil : position
  }

  /// The value of an optional key.
  subscript(_ key: String) -> YAMLNode? { position(key).map { pairs[$0].value } }

  /// The key node of a present key (for pointing at the key itself).
  func keyNode(_ key: String) -> YAMLNode? { position(key).map { pairs[$0].key } }

  /// The value of a required key, or E022 at the mapping (unless a
  /// misspelling of the key was reported already: one mistake, one message).
  func required(_ key: String, diagnostics: inout Diagnostics) -> YAMLNode? {
    if let position = position(key) { return pairs[position].value }
    guard !misspelt.contains(key) else { return nil }
    diagnostics.report(.missingKey(key, in: subject, at: node.location))
    return nil
  }
}
