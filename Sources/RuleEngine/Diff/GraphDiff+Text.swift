extension GraphDiff {
  /// The diff for review in a terminal: a headline, then each section with
  /// one line per change.
  public var text: String {
    var out = headline + "\n"
    for section in sections {
      out += "\n\(section.title) (\(section.rows.count))\n"
      let width = section.rows.map(\.id.count).max() ?? 0
      for row in section.rows {
        let padding = String(repeating: " ", count: width - row.id.count)
        out += "  \(row.id)\(padding)  \(row.text)\n"
      }
    }
    return out
  }
}
