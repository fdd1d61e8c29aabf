/// Lays out diagnostics for people: `file:line:col: error[E012]: message`,
/// the source line with a caret under the range, then notes and help lines.
public struct DiagnosticRenderer: Sendable {
  /// The language of the messages.
  public var language: Language
  /// Whether to colour with ANSI escapes (only on a terminal).
  public var colored: Bool
  /// Where source lines come from.
  public var sources: SourceLines

  /// Creates a renderer.
  public init(language: Language, colored: Bool = false, sources: SourceLines = SourceLines()) {
    self.language = language
    self.colored = colored
    self.sources = sources
  }

  /// Renders every diagnostic, then a summary line when there are any.
  public func render(_ diagnostics: Diagnostics) -> String {
    var output = ""
    for diagnostic in diagnostics.sorted { output += render(diagnostic) }
    if diagnostics.errorCount + diagnostics.warningCount > 0 {
      output += summary(errors: diagnostics.errorCount, warnings: diagnostics.warningCount) + "\n"
    }
    return output
  }

  /// Renders one diagnostic with its source excerpt and notes.
  public func render(_ diagnostic: Diagnostic) -> String {
    let label =
      diagnostic.severity == .error
      ? (language == .zh ? "错误" : "error") : (language == .zh ? "警告" : "warning")
    let styled = style(
      "\(label)[\(diagnostic.code.rawValue)]", diagnostic.severity == .error ? "1;31" : "1;33")
    var output = ""
    if let range = diagnostic.range {
      output += PrintableText.escaping(range.start.description) + ": "
    }
    let message = PrintableText.escaping(diagnostic.message.text(in: language))
    output += "\(styled): \(style(message, "1"))\n"
    if let range = diagnostic.range { output += excerpt(range) }
    for note in diagnostic.notes {
      let kind =
        note.kind == .note
        ? (language == .zh ? "注" : "note") : (language == .zh ? "帮助" : "help")
      let prefix = note.range.map { PrintableText.escaping($0.start.description) + ": " } ?? "  "
      let text = PrintableText.escaping(note.message.text(in: language))
      output += "\(prefix)\(style(kind, "1;36")): \(text)\n"
    }
    return output
  }

  /// `2 errors, 1 warning` or `2 个错误，1 个警告`.
  public func summary(errors: Int, warnings: Int) -> String {
    switch language {
    case .zh: return "\(errors) 个错误，\(warnings) 个警告"
    case .en:
      let e = errors == 1 ? "1 error" : "\(errors) errors"
      let w = warnings == 1 ? "1 warning" : "\(warnings) warnings"
      return "\(e), \(w)"
    }
  }

  /// The most scalars of a source line an excerpt shows: a longer line is
  /// cut to a window around the column, marked with `…`.
  public static let excerptWidth = 120

  private func excerpt(_ range: SourceRange) -> String {
    // A CSV location counts fields, not characters: a caret would mislead;
    // a workbook's is a cell of a sheet, not a line of text.
    let file = range.start.file.lowercased()
    guard !file.hasSuffix(".csv"), !file.hasSuffix(".xlsx") else { return "" }
    guard let line = sources.line(range.start.line, of: range.start.file) else { return "" }
    let number = String(range.start.line)
    let gutter = String(repeating: " ", count: number.count)
    let scalars = Array(line.unicodeScalars)
    var startIndex = min(max(range.start.column - 1, 0), scalars.count)
    var endIndex =
      range.end.line == range.start.line
      ? min(max(range.end.column - 1, startIndex), scalars.count) : scalars.count
    let from = scalars.count <= Self.excerptWidth ? 0 : max(0, startIndex - Self.excerptWidth / 3)
    let to = min(scalars.count, from + Self.excerptWidth)
    startIndex = min(startIndex, to)
    endIndex = min(endIndex, to)
    var shown = from > 0 ? "…" : ""
    var pad = from > 0 ? " " : ""
    var width = 0
    for index in from..<to {
      let scalar = scalars[index]
      let printed = PrintableText.escaped(scalar)
      shown += printed
      let columns = printed.count > 1 ? printed.count : DisplayWidth.of(scalar)
      if index < startIndex {
        pad += scalar == "\t" ? "\t" : String(repeating: " ", count: columns)
      } else if index < endIndex {
        width += columns
      }
    }
    if to < scalars.count { shown += "…" }
    let marker = "^" + String(repeating: "~", count: max(1, width) - 1)
    return " \(number) | \(shown)\n \(gutter) | \(pad)\(style(marker, "1;32"))\n"
  }

  private func style(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// Terminal column widths: East Asian wide characters take two columns.
enum DisplayWidth {
  static func of(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      2
    default: 1
    }
  }
}
