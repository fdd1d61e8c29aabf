/// What makes two mapping keys the same key: scalars by their text,
/// collections by their structure (mapping pairs in any order).
enum YAMLKeyIdentity: Hashable {
  /// A scalar key's text.
  case text(String)
  /// A canonical spelling of a sequence or mapping key.
  case structure(String)

  /// The identity of a key node.
  ///
  /// Collection keys are spelled recursively; the composer's depth limit
  /// bounds the recursion.
  init(_ key: YAMLNode) {
    if case .scalar(let text, _) = key.content {
      self = .text(text)
    } else {
      var spelling = ""
      YAMLKeyIdentity.spell(key, into: &spelling)
      self = .structure(spelling)
    }
  }

  /// How a diagnostic names the key: its text quoted, or its shape.
  var displayName: String {
    switch self {
    case .text(let text):
      let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
      return "'\(short)'"
    case .structure(let spelling):
      return spelling.hasPrefix("[") ? "[…]" : "{…}"
    }
  }

  /// Appends an unambiguous spelling: scalars length-prefixed, sequences in
  /// order, mapping pairs sorted.
  private static func spell(_ node: YAMLNode, into spelling: inout String) {
    switch node.content {
    case .scalar(let text, _):
      spelling += "\(text.utf8.count):"
      spelling += text
    case .sequence(let items):
      spelling += "["
      for item in items { spell(item, into: &spelling) }
      spelling += "]"
    case .mapping(let pairs):
      let spelledPairs = pairs.map { pair in
        var spelledPair = ""
        spell(pair.key, into: &spelledPair)
        spell(pair.value, into: &spelledPair)
        return spelledPair
      }
      spelling += "{"
      for spelledPair in spelledPairs.sorted() { spelling += spelledPair }
      spelling += "}"
    }
  }
}
