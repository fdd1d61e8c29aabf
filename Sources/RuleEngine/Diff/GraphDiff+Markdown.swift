extension GraphDiff {
  /// The diff as a pull-request comment: a heading, a warning when a
  /// deadline moves later, then one table per section.
  public var markdown: String {
    var out = "### rulec diff: \(Self.code(oldLabel)) → \(Self.code(newLabel))\n\n"
    let later = deadlines.filter(\.isLater)
    if !later.isEmpty {
      let ids = later.map { Self.code($0.obligation) }.joined(separator: ", ")
      out += "> [!WARNING]\n> \(later.count) deadline\(later.count == 1 ? "" : "s") "
      out += "move\(later.count == 1 ? "s" : "") later: \(ids)\n\n"
    }
    guard !isEmpty else { return out + "No changes to the compiled plan.\n" }
    out += "\(changeCount) change\(changeCount == 1 ? "" : "s") to the compiled plan.\n"
    for section in sections {
      out += "\n#### \(section.title) (\(section.rows.count))\n\n| id | change |\n|---|---|\n"
      for row in section.rows {
        out += "| \(Self.code(row.id)) | \(Self.cell(row.text)) |\n"
      }
    }
    return out
  }

  /// Text in a code span (ids and labels never hold a backtick).
  private static func code(_ text: String) -> String {
    "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
  }

  /// Text safe in a table cell: pipes escaped, line breaks as spaces.
  private static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
