/// Text made safe for HTML and SVG: every character that could open markup
/// or close an attribute is escaped.
enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as character references.
  static let escape = Escaping.html

  /// A coordinate for SVG with at most one decimal.
  static func coordinate(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
