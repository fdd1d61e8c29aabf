/// Text made safe for a Markdown table cell or heading: markup characters
/// escaped, line breaks as `<br>`.
enum MarkdownText {
  /// The characters GitHub-flavoured Markdown could read as markup.
  private static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~", "#"]

  /// `text` with markup characters backslash-escaped, `<`, `>` and `&` as
  /// entities, and line breaks as `<br>`.
  static func escaped(_ text: String) -> String {
    var result = ""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\r": result += "<br>"
      case "\n": if !previousWasCR { result += "<br>" }
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      default:
        if markup.contains(Character(scalar)) { result += "\\" }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
