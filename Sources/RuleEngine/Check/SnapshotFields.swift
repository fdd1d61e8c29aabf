import RuleParser

/// One JSON object of a snapshot read against the keys the format allows
/// there: unknown keys are reported (with "did you mean"), values are handed
/// out by key and typed by what the format expects at that place.
struct SnapshotFields {
  /// The object's node.
  let node: YAMLNode
  private var values: [String: YAMLNode] = [:]

  /// Reads `node`, or reports E101 and returns `nil` when it is not an object.
  init?(
    _ node: YAMLNode, _ what: LocalizedText, allowed: [String], diagnostics: inout Diagnostics
  ) {
    guard let pairs = node.mapping else {
      diagnostics.report(.snapshotExpectedObject(what, at: node.location))
      return nil
    }
    self.node = node
    for pair in pairs {
      guard let key = pair.key.scalar else {
        diagnostics.report(
          .snapshotExpectedText(
            LocalizedText(en: "a key", zh: "键"), found: Self.kind(of: pair.key),
            at: pair.key.location))
        continue
      }
      guard allowed.contains(key) else {
        let suggestion = DidYouMean(candidates: allowed).suggest(for: key)
        diagnostics.report(
          .snapshotUnknownKey(
            key, in: what, allowed: allowed, suggestion: suggestion, at: pair.key.location))
        continue
      }
      values[key] = pair.value
    }
  }

  /// The value of a key; `nil` when absent or JSON `null`.
  subscript(_ key: String) -> YAMLNode? {
    guard let value = values[key], !value.isNull else { return nil }
    return value
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
}

/// Typed reading of snapshot values.
enum SnapshotValue {
  /// A non-empty string (any scalar style: YAML snapshots write ids bare).
  static func text(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<String>? {
    guard case .scalar(let text, _) = node.content else {
      diagnostics.report(
        .snapshotExpectedText(what, found: SnapshotFields.kind(of: node), at: node.location))
      return nil
    }
    guard !text.allSatisfy(\.isWhitespace) else {
      diagnostics.report(.snapshotEmptyText(what, at: node.location))
      return nil
    }
    return Located(text, at: node.location)
  }

  /// An ISO date, `YYYY-MM-DD`.
  static func day(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Day>? {
    guard let text = text(node, what, diagnostics: &diagnostics) else { return nil }
    guard let day = isoDay(text.value) else {
      diagnostics.report(.snapshotBadDate(what, found: text.value, at: text.range))
      return nil
    }
    return Located(day, at: text.range)
  }

  /// `YYYY-MM-DD` read straight from its bytes (a snapshot has a million of
  /// them), or `nil` when it is not an existing day.
  static func isoDay(_ text: String) -> Day? {
    var fields = (0, 0, 0)
    var count = 0
    for (index, byte) in text.utf8.enumerated() {
      count += 1
      if index == 4 || index == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard index < 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      switch index {
      case 0..<4: fields.0 = fields.0 * 10 + digit
      case 5..<7: fields.1 = fields.1 * 10 + digit
      default: fields.2 = fields.2 * 10 + digit
      }
    }
    guard count == 10 else { return nil }
    return Day(year: fields.0, month: fields.1, day: fields.2)
  }

  /// A JSON number: an unquoted decimal, finite.
  static func number(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> Located<Double>? {
    guard case .scalar(let text, let style) = node.content else {
      diagnostics.report(
        .snapshotExpectedNumber(what, found: SnapshotFields.kind(of: node), at: node.location))
      return nil
    }
    let isNumeric =
      style == .plain && !text.isEmpty
      && text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
    guard isNumeric, let value = Double(text), value.isFinite else {
      diagnostics.report(
        .snapshotExpectedNumber(what, found: SnapshotFields.found(node), at: node.location))
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
      .snapshotExpectedBool(what, found: SnapshotFields.found(node), at: node.location))
    return nil
  }

  /// A JSON array's items.
  static func array(
    _ node: YAMLNode, _ what: LocalizedText, diagnostics: inout Diagnostics
  ) -> [YAMLNode]? {
    guard let items = node.sequence else {
      diagnostics.report(.snapshotExpectedArray(what, at: node.location))
      return nil
    }
    return items
  }
}
