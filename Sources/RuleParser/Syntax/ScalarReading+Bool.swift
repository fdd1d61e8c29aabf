extension ScalarReading {
  /// `true` or `false`.
  static func bool(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Bool>? {
    guard let text = string(node, what(), diagnostics: &diagnostics) else { return nil }
    switch text.value {
    case "true": return Located(true, at: text.range)
    case "false": return Located(false, at: text.range)
    default:
      diagnostics.report(
        .unknownValue(
          text.value, for: what(), allowed: ["true", "false"], suggestion: nil, at: text.range))
      return nil
    }
  }
}
