/// Mermaid flowchart spelling: node ids and quoted labels.
enum MermaidText {
  /// Mermaid ids for rulec ids: a prefix, then the id with every character
  /// other than an ASCII letter or digit as `_`; ids that would clash get
  /// `_2`, `_3`… in the order given.
  static func ids(_ prefix: String, for ids: [String]) -> [String: String] {
    var result: [String: String] = [:]
    var used: Set<String> = []
    for id in ids {
      var base = prefix
      for scalar in id.unicodeScalars {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": base.unicodeScalars.append(scalar)
        default: base += "_"
        }
      }
      var name = base
      var number = 1
      while used.contains(name) {
        number += 1
        name = "\(base)_\(number)"
      }
      used.insert(name)
      result[id] = name
    }
    return result
  }

  /// A double-quoted label of several lines joined by `<br/>`, with the
  /// characters Mermaid would read as syntax written as entity codes.
  static func label(_ lines: [String]) -> String {
    "\"" + lines.map(escaped.callAsFunction).joined(separator: "<br/>") + "\""
  }

  /// The characters Mermaid reads as syntax, as entity codes; controls as spaces.
  private static let escaped = Escaping(
    replacements: [
      "\"": "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;",
    ],
    controls: .spaced)
}
