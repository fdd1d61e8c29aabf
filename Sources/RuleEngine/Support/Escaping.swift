/// How one output format escapes text.
///
/// What each special character becomes, and what becomes of the control
/// characters the format cannot hold: one implementation for the XML, HTML,
/// DOT and Mermaid writers.
struct Escaping: Sendable {
  /// What becomes of a control character that has no replacement.
  enum Controls: Sendable {
    /// Written as it is.
    case kept
    /// C0 controls and DEL written as a space (a label on one line).
    case spaced
    /// C0 controls and the non-characters U+FFFE and U+FFFF left out, as XML 1.0 requires.
    case droppedForXML
  }

  /// The replacement of each special character.
  let replacements: [Unicode.Scalar: String]
  /// What becomes of the other control characters.
  let controls: Controls

  /// XML content and attributes, for `"`-quoted attributes.
  static let xml = Escaping(
    replacements: [
      "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\t": "\t", "\n": "\n", "\r": "\r",
    ],
    controls: .droppedForXML)
  /// HTML and SVG text and attributes.
  static let html = Escaping(
    replacements: ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"],
    controls: .kept)

  /// `text` escaped.
  func callAsFunction(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if let replacement = replacements[scalar] {
        result += replacement
        continue
      }
      switch controls {
      case .kept: result.unicodeScalars.append(scalar)
      case .spaced:
        let control = scalar.value < 0x20 || scalar.value == 0x7F
        result.unicodeScalars.append(control ? " " : scalar)
      case .droppedForXML:
        if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
