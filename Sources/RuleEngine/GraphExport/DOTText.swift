/// Graphviz DOT spelling: quoted ids and escString labels.
enum DOTText {
  /// A double-quoted DOT string: `"` and `\` escaped, control characters
  /// (line breaks included) as spaces.
  static func quoted(_ text: String) -> String {
    "\"" + escaped(text) + "\""
  }

  /// A quoted label of several centred lines, joined by `\n`.
  static func label(_ lines: [String]) -> String {
    "\"" + lines.map(escaped).joined(separator: "\\n") + "\""
  }

  private static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
