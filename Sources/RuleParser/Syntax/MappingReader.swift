/// Reads one YAML mapping against the keys the language allows there:
/// reports unknown keys (with "did you mean"), non-string keys and missing
/// required keys, and hands out the values by key.
///
/// What the mapping is (for messages) is only worked out when a message
/// needs it, and values are kept by the key's position in `allowed`: a
/// mapping that is right costs no text and no hashing.
///
/// The rules files and the status snapshots (JSON/YAML) share it, each with
/// its own `Messages` (the rules' E020–E029, the snapshots' E101–E104).
///
/// A class, immutable once read: builders hand it to the closures that
/// name its fields in messages, and a reference is one retain where a copy
/// of the reader would be one per node, array and closure it holds.
package final class MappingReader {
  /// The diagnostics a reader reports, so that each format keeps its codes.
  package struct Messages: Sendable {
    /// The node is not a mapping: `(subject, at)`.
    package var notAMapping: @Sendable (LocalizedText, SourceRange) -> Diagnostic
    /// A key that is not a string: the key node.
    package var nonStringKey: @Sendable (YAMLNode) -> Diagnostic
    /// An unknown key: `(key, subject, allowed, suggestion, at)`.
    package var unknownKey:
      @Sendable (String, LocalizedText, [String], String?, SourceRange) -> Diagnostic
    /// A required key is missing: `(key, subject, at)`.
    package var missingKey: @Sendable (String, LocalizedText, SourceRange) -> Diagnostic

    /// Creates a set of messages.
    package init(
      notAMapping: @escaping @Sendable (LocalizedText, SourceRange) -> Diagnostic,
      nonStringKey: @escaping @Sendable (YAMLNode) -> Diagnostic,
      unknownKey:
        @escaping @Sendable (String, LocalizedText, [String], String?, SourceRange) ->
        Diagnostic,
      missingKey: @escaping @Sendable (String, LocalizedText, SourceRange) -> Diagnostic
    ) {
      self.notAMapping = notAMapping
      self.nonStringKey = nonStringKey
      self.unknownKey = unknownKey
      self.missingKey = missingKey
    }

    /// The rules files' messages (E020, E029, E021, E022).
    package static let rules = Messages(
      notAMapping: { Diagnostic.expectedMapping($0, at: $1) },
      nonStringKey: { Diagnostic.nonStringKey(at: $0.location) },
      unknownKey: { Diagnostic.unknownKey($0, in: $1, known: $2, suggestion: $3, at: $4) },
      missingKey: { Diagnostic.missingKey($0, in: $1, at: $2) })
  }

  /// The mapping node itself.
  package let node: YAMLNode
  private let messages: Messages
  private let describe: () -> LocalizedText
  private let allowed: [String]
  /// The mapping's pairs.
  private let pairs: YAMLNode.Pairs
  /// For each allowed key, by its position in `allowed`, the position of
  /// its pair in `pairs`.
  private let positions: PairPositions
  /// The allowed keys that an unknown key was taken for (its did-you-mean):
  /// their absence is already reported by that key's E021.
  private let misspelt: Set<String>
  /// Where the next search of `allowed` starts (see `allowedPosition`).
  private var nextGuess = 0

  /// Reads `node`, or reports that it is not a mapping and returns `nil`.
  package init?(
    _ node: YAMLNode, subject: @escaping @autoclosure () -> LocalizedText, allowed: [String],
    messages: Messages = .rules, diagnostics: inout Diagnostics
  ) {
    guard let pairs = node.mapping else {
      diagnostics.report(messages.notAMapping(subject(), node.location))
      return nil
    }
    var positions = PairPositions(allowedCount: allowed.count, pairCount: pairs.count)
    var misspelt: Set<String> = []
    var guess = 0
    for (position, pair) in pairs.enumerated() {
      // Keys are compared as bytes, in the order `allowed` lists them
      // (written keys mostly come in that order): a key becomes a
      // `String` only for a message.
      guard let keyPosition = pair.key.position(in: allowed, from: guess) else {
        guard let key = pair.key.scalar else {
          diagnostics.report(messages.nonStringKey(pair.key))
          continue
        }
        let suggestion = DidYouMean(candidates: allowed).suggest(for: key)
        if let suggestion { misspelt.insert(suggestion) }
        diagnostics.report(
          messages.unknownKey(key, subject(), allowed, suggestion, pair.key.location))
        continue
      }
      positions.set(position, forKey: keyPosition)
      guess = keyPosition + 1
    }
    self.node = node
    self.messages = messages
    describe = subject
    self.allowed = allowed
    self.pairs = pairs
    self.positions = positions
    self.misspelt = misspelt
  }

  /// What the mapping is, for messages.
  package var subject: LocalizedText { describe() }

  /// The position in `pairs` of a key's pair, if the key is present.
  private func position(_ key: String) -> Int? {
    allowedPosition(key).flatMap { positions[$0] }
  }

  /// The position of a key in `allowed`, if it is there.
  ///
  /// Builders mostly ask for the keys in the order `allowed` lists them, so
  /// the search starts after the key found last and wraps around; keys of
  /// another length are told apart without comparing their text.
  private func allowedPosition(_ key: String) -> Int? {
    let length = key.utf8.count
    let count = allowed.count
    var candidate = nextGuess < count ? nextGuess : 0
    for _ in 0..<count {
      let name = allowed[candidate]
      if name.utf8.count == length, name == key {
        nextGuess = candidate + 1
        return candidate
      }
      candidate = candidate + 1 == count ? 0 : candidate + 1
    }
    return nil
  }

  /// The value of an optional key.
  package subscript(_ key: String) -> YAMLNode? { position(key).map { pairs[$0].value } }

  /// The value of an optional key named by its position in `allowed`:
  /// for builders that read many keys of many entries, finding a key's
  /// name costs more than reading its value (see `ObligationBuilder.At`).
  package subscript(allowed index: Int) -> YAMLNode? {
    guard allowed.indices.contains(index) else { return nil }
    return positions[index].map { pairs[$0].value }
  }

  /// The key node of a present key (for pointing at the key itself).
  package func keyNode(_ key: String) -> YAMLNode? { position(key).map { pairs[$0].key } }

  /// The value of a required key, or a missing-key error at the mapping
  /// (unless a misspelling of the key was reported already: one mistake,
  /// one message).
  package func required(_ key: String, diagnostics: inout Diagnostics) -> YAMLNode? {
    if let position = position(key) { return pairs[position].value }
    guard !misspelt.contains(key) else { return nil }
    diagnostics.report(messages.missingKey(key, subject, node.location))
    return nil
  }
}
