/// The text of a node: its id, its title wrapped to a readable width, its
/// due date and class, and with a snapshot its status counts.
enum DiagramLabel {
  /// The widest a title line may be, in terminal columns (a Chinese
  /// character is two): 28 columns are 14 characters.
  static let width = 28
  /// The most title lines; a longer title ends in `…`.
  static let maximumLines = 4

  /// Punctuation that never starts a line: it stays on the line it closes.
  static let closing: Set<Character> = [
    ",", ".", ";", ":", "!", "?", ")", "]", "，", "。", "、", "；", "：", "！", "？", "）", "》",
    "」", "”", "’",
  ]

  /// The lines of a node's label.
  static func lines(_ node: DependencyDiagram.Node) -> [String] {
    var lines = [node.id] + wrapped(node.title)
    var facts: [String] = []
    if let due = node.due { facts.append(due.description) }
    if let obligationClass = node.obligationClass { facts.append(obligationClass.name) }
    if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
    let counts = StatusShade.allCases.compactMap { shade -> String? in
      guard let count = node.shades[shade], count > 0 else { return nil }
      return "\(shade.chineseName) \(count)"
    }
    if !counts.isEmpty { lines.append(counts.joined(separator: " · ")) }
    return lines
  }

  /// A text cut into lines of at most `width` columns, at most `maximumLines`.
  static func wrapped(_ text: String) -> [String] {
    var lines: [String] = []
    var line = ""
    var used = 0
    for character in text where !character.isNewline {
      let columns = self.columns(character)
      if used + columns > width, !line.isEmpty, !closing.contains(character) {
        lines.append(line)
        line = ""
        used = 0
      }
      line.append(character)
      used += columns
    }
    if !line.isEmpty { lines.append(line) }
    guard lines.count > maximumLines else { return lines }
    var kept = Array(lines.prefix(maximumLines))
    kept[maximumLines - 1] = String(kept[maximumLines - 1].dropLast()) + "…"
    return kept
  }

  /// The columns a character takes: two for East Asian wide characters.
  static func columns(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
