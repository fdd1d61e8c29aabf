import Foundation
import RuleParser

extension MappingReader.Messages {
  /// The snapshot's messages for its objects (E101, E104, E102, E103): a
  /// snapshot is read with the rules' `MappingReader`, in its own words.
  static let snapshot = MappingReader.Messages(
    notAMapping: { Diagnostic.snapshotExpectedObject($0, at: $1) },
    nonStringKey: {
      Diagnostic.mustBe(
        .snapshotExpectedText, LocalizedText(en: "a key", zh: "键"),
        LocalizedText("a string", "字符串"), not: SnapshotValue.kind(of: $0), at: $0.location)
    },
    unknownKey: {
      Diagnostic.snapshotUnknownKey($0, in: $1, allowed: $2, suggestion: $3, at: $4)
    },
    missingKey: { Diagnostic.snapshotMissingKey($0, in: $1, at: $2) })
}

extension MappingReader {
  /// The value of a key; `nil` when absent or JSON `null` (a snapshot's
  /// `null` is the same as leaving an optional key out).
  func present(_ key: String) -> YAMLNode? {
    guard let value = self[key], !value.isNull else { return nil }
    return value
  }

  /// The value of a key the object must give; absent or `null` is reported missing.
  func needed(_ key: String, diagnostics: inout Diagnostics) -> YAMLNode? {
    if let value = present(key) { return value }
    diagnostics.report(.snapshotMissingKey(key, in: subject, at: node.location))
    return nil
  }

  /// Reads the snapshot object `node` against the keys it allows, with the
  /// values of the keys it must give, in the order of `required`; `nil` when
  /// it is not an object or lacks one of them (the first missing is reported).
  static func snapshot(
    _ node: YAMLNode, _ subject: @escaping @autoclosure () -> LocalizedText, allowed: [String],
    required: [String], diagnostics: inout Diagnostics
  ) -> (fields: MappingReader, values: [YAMLNode])? {
    guard
      let fields = snapshot(node, subject(), allowed: allowed, diagnostics: &diagnostics)
    else { return nil }
    var values: [YAMLNode] = []
    for key in required {
      guard let value = fields.needed(key, diagnostics: &diagnostics) else { return nil }
      values.append(value)
    }
    return (fields, values)
  }

  /// Reads the snapshot object `node` against the keys it allows, or reports
  /// that it is not an object.
  static func snapshot(
    _ node: YAMLNode, _ subject: @escaping @autoclosure () -> LocalizedText, allowed: [String],
    diagnostics: inout Diagnostics
  ) -> MappingReader? {
    MappingReader(
      node, subject: subject(), allowed: allowed, messages: .snapshot, diagnostics: &diagnostics)
  }
}

/// Typed reading of snapshot values.
enum SnapshotValue {
  /// The pairs of the JSON object `node`; `nil` (reported) when it is not one.
  static func pairs(_ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics)
    -> YAMLNode.Pairs?
  {
    guard let pairs = node.mapping else {
      diagnostics.report(.snapshotExpectedObject(what, at: node.location))
      return nil
    }
    return pairs
  }

  /// How a node is called in messages: `an object`, `an array`, `a number`...
  static func kind(of node: YAMLNode) -> LocalizedText {
    switch node.content {
    case .mapping: LocalizedText("an object", "对象")
    case .sequence: LocalizedText("an array", "数组")
    case .scalar(let text, let style):
      style != .plain
        ? LocalizedText("a string", "字符串")
        : Self.isBool(text) ? LocalizedText("a boolean", "布尔值") : LocalizedText("a number", "数字")
    }
  }

  /// How a scalar found where another type belongs is shown: `'44'` or
  /// `the string "44"`.
  static func found(_ node: YAMLNode) -> LocalizedText {
    switch node.content {
    case .scalar(let text, .plain): Diagnostic.quoted(text)
    case .scalar(let text, _): LocalizedText("the string \"\(text)\"", "字符串 \"\(text)\"")
    default: kind(of: node)
    }
  }

  private static func isBool(_ text: String) -> Bool {
    ["true", "false", "True", "False", "TRUE", "FALSE"].contains(text)
  }

  /// A non-empty string (any scalar style: YAML snapshots write ids bare).
  static func text(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<String>? {
    guard case .scalar(let text, _) = node.content else {
      diagnostics.report(
        .mustBe(
          .snapshotExpectedText, what, LocalizedText("a string", "字符串"),
          not: SnapshotValue.kind(of: node), at: node.location))
      return nil
    }
    guard !WhiteSpace.isBlank(text) else {
      diagnostics.report(.empty(.snapshotEmptyText, what, at: node.location))
      return nil
    }
    return Located(text, at: node.location)
  }

  /// Whether a text starting with `byte` is sure not to be blank: a visible
  /// ASCII character.
  static func isVisibleASCII(_ byte: UInt8) -> Bool {
    (0x21...0x7E).contains(byte)
  }

  /// A date: ISO `YYYY-MM-DD` (read straight from its bytes), or any form
  /// `ReportedValue.day` accepts (`2017/8/1`, `2017年8月1日`).
  static func day(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Day>? {
    // An ISO day, as nearly every date of a large snapshot is, is read
    // without making its text a located value first.
    if case .scalar(let text, _) = node.content, let day = Day(iso: text) {
      return Located(day, at: node.location)
    }
    guard let text = text(node, what, diagnostics: &diagnostics) else { return nil }
    guard let day = ReportedValue.day(text.value) else {
      diagnostics.report(
        .mustBe(
          .snapshotBadDate, what, LocalizedText("a date", "日期"),
          found: Diagnostic.quoted(text.value), at: text.range))
      return nil
    }
    return Located(day, at: text.range)
  }

  /// A share: a JSON number, or a string `ReportedValue.share` reads
  /// (`"0.6"`, `"60%"`), as in a ledger's cell.
  static func share(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Double>? {
    if case .scalar(let text, let style) = node.content, style != .plain,
      let value = ReportedValue.share(text.trimmingCharacters(in: .whitespaces))
    {
      return Located(value, at: node.location)
    }
    return number(node, what, diagnostics: &diagnostics)
  }

  /// A JSON number: an unquoted decimal, finite.
  static func number(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Double>? {
    guard case .scalar(let text, let style) = node.content else {
      diagnostics.report(
        .snapshotExpectedNumber(what, found: SnapshotValue.kind(of: node), at: node.location))
      return nil
    }
    let isNumeric =
      style == .plain && !text.isEmpty
      && text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
    guard isNumeric, let value = Double(text), value.isFinite else {
      diagnostics.report(
        .snapshotExpectedNumber(what, found: SnapshotValue.found(node), at: node.location))
      return nil
    }
    return Located(value, at: node.location)
  }

  /// A JSON boolean: unquoted `true` or `false`.
  static func bool(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Bool>? {
    if case .scalar(let text, .plain) = node.content {
      switch text {
      case "true", "True", "TRUE": return Located(true, at: node.location)
      case "false", "False", "FALSE": return Located(false, at: node.location)
      default: break
      }
    }
    diagnostics.report(
      .snapshotExpectedBool(what, found: SnapshotValue.found(node), at: node.location))
    return nil
  }

  /// A JSON array's items.
  static func array(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> YAMLNode.Items? {
    guard let items = node.sequence else {
      diagnostics.report(
        .mustBe(
          .snapshotExpectedArray, what, LocalizedText("a JSON array", "JSON 数组"), at: node.location)
      )
      return nil
    }
    return items
  }
}
