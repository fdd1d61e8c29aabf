/// Graphviz DOT spelling: quoted ids and escString labels.
enum DOTText {
  /// A double-quoted DOT string: `"` and `\` escaped, control characters
  /// (line breaks included) as spaces.
  static func quoted(_ text: String) -> String {
    "\"" + escaped(text) + "\""
  }

  /// A quoted label of several centred lines, joined by `\n`.
  static func label(_ lines: [String]) -> String {
    "\"" + lines.map(escaped.callAsFunction).joined(separator: "\\n") + "\""
  }

  /// `"` and `\` escaped, controls as spaces.
  private static let escaped = Escaping(
    replacements: ["\"": "\\\"", "\\": "\\\\"], controls: .spaced)
}
