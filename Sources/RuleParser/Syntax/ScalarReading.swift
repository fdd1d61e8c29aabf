import Foundation

/// Typed reading of scalar nodes: each function reads the type the schema
/// expects at that place and reports a located error otherwise.
enum ScalarReading {
  /// A non-empty text value.
  static func string(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<String>? {
    string(node, text: node.scalar, what(), diagnostics: &diagnostics)
  }

  /// A non-empty text value, for a reader that has made the node's text
  /// already (`text`, the node's `scalar`): a node's text is made anew at
  /// each ask.
  static func string(
    _ node: YAMLNode, text: String?, _ what: @autoclosure () -> LocalizedText,
    diagnostics: inout Diagnostics
  ) -> Located<String>? {
    if let text {
      if node.isNull || WhiteSpace.isBlank(text) {
        diagnostics.report(.emptyValue(what(), at: node.location))
        return nil
      }
      return Located(text, at: node.location)
    }
    let found =
      node.sequence != nil ? LocalizedText("a sequence", "列表") : LocalizedText("a mapping", "映射")
    diagnostics.report(.expectedScalar(what(), found: found, at: node.location))
    return nil
  }

  /// An id: a string of ASCII letters, digits, `.`, `-`, `_`.
  static func id(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<String>? {
    guard let text = string(node, what(), diagnostics: &diagnostics) else { return nil }
    guard isValidID(text.value) else {
      diagnostics.report(
        .error(
          .invalidID, LocalizedText("invalid id '\(text.value)'", "标识 '\(text.value)' 不合法"),
          at: text.range))
      return nil
    }
    return text
  }

  /// Whether a text is a well-formed id.
  static func isValidID(_ text: String) -> Bool {
    !text.isEmpty
      && text.utf8.allSatisfy { byte in
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
          UInt8(ascii: "_"):
          true
        default: false
        }
      }
  }

  /// One id or a list of ids (`responsible: cities` or `[a, b]`).
  static func idList(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, diagnostics: inout Diagnostics
  ) -> [Located<String>] {
    // Not by `content`, which would make a scalar's text only to drop it.
    if node.isScalar { return id(node, what(), diagnostics: &diagnostics).map { [$0] } ?? [] }
    guard let items = node.sequence else {
      diagnostics.report(.expectedList(what(), at: node.location))
      return []
    }
    if items.isEmpty { diagnostics.report(.emptyValue(what(), at: node.location)) }
    return items.compactMap { id($0, what(), diagnostics: &diagnostics) }
  }

  /// A decimal number (YAML 1.2 core int or float forms, no inf/nan).
  static func number(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Double>? {
    guard let text = string(node, what(), diagnostics: &diagnostics) else { return nil }
    let trimmed = text.value.trimmingCharacters(in: .whitespaces)
    let isNumeric =
      !trimmed.isEmpty
      && trimmed.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
    guard isNumeric, let value = Double(trimmed), value.isFinite else {
      diagnostics.report(.expectedNumber(what(), found: text.value, at: text.range))
      return nil
    }
    return Located(value, at: text.range)
  }

  /// A recurrence: `每季度`, `每年3月底前`, `2018年起每年`.
  static func recurrence(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<RecurrencePhrase>? {
    phrase(
      node, what(), diagnostics: &diagnostics, parse: RecurrencePhrase.parse,
      invalid: Diagnostic.invalidRecurrence)
  }

  /// A day: an ISO date or one of the document's deadline phrases.
  static func day(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, cache: PhraseCache? = nil,
    diagnostics: inout Diagnostics
  ) -> Located<Day>? {
    day(
      node, text: node.scalar, what(), parse: { cache?.day($0) ?? DeadlinePhrase.parse($0) },
      diagnostics: &diagnostics)
  }

  /// A day read by `parse`, which answers as `DeadlinePhrase.parse` does
  /// (for a reader that has already read the text, such as `due:`'s).
  static func day(
    _ node: YAMLNode, text: String?, _ what: @autoclosure () -> LocalizedText,
    parse: (String) -> Result<Day, TimePhraseError>, diagnostics: inout Diagnostics
  ) -> Located<Day>? {
    guard let text = string(node, text: text, what(), diagnostics: &diagnostics) else {
      return nil
    }
    return phrase(text, parse: parse, invalid: Diagnostic.invalidDeadline, &diagnostics)
  }

  /// A start (`from:`): an ISO date or a phrase read as its first day
  /// (`2018年起`, `2012年` is 2012-01-01).
  static func startDay(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, cache: PhraseCache,
    diagnostics: inout Diagnostics
  ) -> Located<Day>? {
    phrase(
      node, what(), diagnostics: &diagnostics, parse: cache.startDay,
      invalid: Diagnostic.invalidDeadline)
  }

  /// A time span such as `10 days` or `两个月`.
  static func span(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, cache: PhraseCache? = nil,
    diagnostics: inout Diagnostics
  ) -> Located<TimeSpan>? {
    phrase(
      node, what(), diagnostics: &diagnostics,
      parse: { cache?.span($0) ?? TimeSpan.parse($0) }, invalid: Diagnostic.invalidTimeSpan)
  }

  /// A text read by one of the phrase parsers; what it cannot read is reported
  /// with the parser's error (`invalid`) at the text.
  private static func phrase<Value, Failure: Error>(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, diagnostics: inout Diagnostics,
    parse: (String) -> Result<Value, Failure>, invalid: (Failure, SourceRange) -> Diagnostic
  ) -> Located<Value>? {
    guard let text = string(node, what(), diagnostics: &diagnostics) else { return nil }
    return phrase(text, parse: parse, invalid: invalid, &diagnostics)
  }

  /// A text read by one of the phrase parsers, as `phrase(_:_:diagnostics:parse:invalid:)`.
  private static func phrase<Value, Failure: Error>(
    _ text: Located<String>, parse: (String) -> Result<Value, Failure>,
    invalid: (Failure, SourceRange) -> Diagnostic, _ diagnostics: inout Diagnostics
  ) -> Located<Value>? {
    switch parse(text.value) {
    case .success(let value):
      return Located(value, at: text.range)
    case .failure(let error):
      diagnostics.report(invalid(error, text.range))
      return nil
    }
  }

  /// One value of a closed set, such as an obligation class.
  static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
    _ node: YAMLNode, _ what: @autoclosure () -> LocalizedText, as type: Value.Type,
    diagnostics: inout Diagnostics
  ) -> Located<Value>? where Value.RawValue == String {
    guard let text = string(node, what(), diagnostics: &diagnostics) else { return nil }
    if let value = Value(rawValue: text.value) { return Located(value, at: text.range) }
    let allowed = Value.allCases.map(\.rawValue)
    let suggestion = DidYouMean(candidates: allowed).suggest(for: text.value)
    diagnostics.report(
      .unknownValue(
        text.value, for: what(), allowed: allowed, suggestion: suggestion, at: text.range))
    return nil
  }
}
