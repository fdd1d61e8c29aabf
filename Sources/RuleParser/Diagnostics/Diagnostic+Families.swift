/// The shapes that many diagnostics share, each written once. A catalogue
/// entry names its code and its nouns (as `LocalizedText`) and lets the
/// family word the message, so that every "must be", "unknown key" and
/// "did you mean" reads the same in every input format.
extension Diagnostic {
  /// An error with its message and one help line (by default the code's own): the simplest shape.
  package static func error(
    _ code: DiagnosticCode, _ message: LocalizedText, at range: SourceRange?,
    help: LocalizedText? = nil
  ) -> Diagnostic {
    Diagnostic(.error, code: code, message, at: range).helped(help)
  }

  /// A warning with its message and one help line (by default the code's own).
  package static func warning(
    _ code: DiagnosticCode, _ message: LocalizedText, at range: SourceRange?,
    help: LocalizedText? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code: code, message, at: range).helped(help)
  }

  /// A copy with the `help` line, or else the code's constant one.
  package func helped(_ help: LocalizedText?) -> Diagnostic {
    (help ?? code.help).map(self.help) ?? self
  }

  /// "WHAT must be EXPECTED[, not KIND][, found FOUND]", with its help line.
  ///
  /// `found` is shown as given; `quoted(_:)` writes a value found in the input.
  package static func mustBe(
    _ code: DiagnosticCode, _ what: LocalizedText, _ expected: LocalizedText,
    not kind: LocalizedText? = nil, found: LocalizedText? = nil, at range: SourceRange?,
    help: LocalizedText? = nil
  ) -> Diagnostic {
    var message = LocalizedText(
      "\(what.en) must be \(expected.en)", "\(what.zh)必须是\(spaced(expected.zh))")
    if let kind { message = message + LocalizedText(", not \(kind.en)", "，而不是\(kind.zh)") }
    if let found {
      message = message + LocalizedText(", found \(found.en)", "，实际为 \(found.zh)")
    }
    return Diagnostic(.error, code: code, message, at: range).helped(help)
  }

  /// "unknown key 'KEY' in WHAT" with did-you-mean, else `fallback` or the allowed keys.
  package static func unknownKey(
    _ code: DiagnosticCode, _ key: String, in what: LocalizedText, allowed: [String],
    suggestion: String?, otherwise fallback: LocalizedText? = nil, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code,
      LocalizedText("unknown key '\(key)' in \(what.en)", "\(what.zh)中有未知的键 '\(key)'"), at: range
    ).suggesting(
      suggestion, otherwise: fallback ?? allowedList(allowed, LocalizedText("allowed keys", "允许的键"))
    )
  }

  /// "WHAT has no 'KEY'" with the line to add.
  package static func missingKey(
    _ code: DiagnosticCode, _ key: String, in what: LocalizedText, add line: String,
    at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code, LocalizedText("\(what.en) has no '\(key)'", "\(what.zh)缺少 '\(key)'"),
      at: range
    ).help(LocalizedText("add \(line)", "请添加 \(line)"))
  }

  /// "'VALUE' is not a valid NOUN", with did-you-mean or the closed set.
  ///
  /// `listed` names the set in the help ("statuses"); with it the list is
  /// shown after a suggestion as well.
  package static func notInSet(
    _ code: DiagnosticCode, _ value: String, _ noun: LocalizedText, allowed: String,
    listed: LocalizedText? = nil, suggestion: String?, at range: SourceRange?
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: code,
      LocalizedText("'\(value)' is not \(noun.en)", "'\(value)' 不是有效的\(noun.zh)"),
      at: range)
    guard let listed else {
      return diagnostic.suggesting(
        suggestion, otherwise: LocalizedText("use one of: \(allowed)", "可选值：\(allowed)"))
    }
    guard let suggestion else {
      return diagnostic.help(
        LocalizedText("use one of: \(allowed)", "可选\(listed.zh)：\(allowed)"))
    }
    return diagnostic.help(
      didYouMean(suggestion)
        + LocalizedText(" (\(listed.en): \(allowed))", "（可选\(listed.zh)：\(allowed)）"))
  }

  /// "unknown NOUN 'ID'" with did-you-mean, else `fallback`.
  package static func unknownName(
    _ code: DiagnosticCode, _ id: String, _ noun: LocalizedText, suggestion: String?,
    otherwise fallback: LocalizedText, at range: SourceRange?
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code, LocalizedText("unknown \(noun.en) '\(id)'", "未知的\(noun.zh) '\(id)'"),
      at: range
    ).suggesting(suggestion, otherwise: fallback)
  }

  /// A second occurrence of something that must be single, with a note at the first
  /// (or a mistake here that another place contradicts, with a note there).
  package static func duplicate(
    _ code: DiagnosticCode, _ message: LocalizedText, at range: SourceRange, first: SourceRange,
    firstNote: LocalizedText = LocalizedText("the first is here", "第一个在此"),
    help: LocalizedText? = nil
  ) -> Diagnostic {
    Diagnostic(.error, code: code, message, at: range).note(firstNote, at: first).helped(help)
  }

  /// E034, E122: "WHAT is empty".
  package static func empty(_ code: DiagnosticCode, _ what: LocalizedText, at range: SourceRange)
    -> Diagnostic
  {
    error(
      code, LocalizedText("\(what.en) is empty", "\(what.zh)为空"), at: range,
      help: LocalizedText("write a value or remove the key", "请填写值或删除该键"))
  }

  /// E036, E040: a chain of references that loops back to its start.
  package static func cycle(
    _ code: DiagnosticCode, _ cycle: [String], _ message: LocalizedText, note label: LocalizedText,
    at range: SourceRange
  ) -> Diagnostic {
    let chain = (cycle + [cycle[0]]).joined(separator: " -> ")
    return Diagnostic(.error, code: code, message, at: range)
      .note(LocalizedText("\(label.en): \(chain)", "\(label.zh)：\(chain)")).helped(nil)
  }

  /// E111, E155: a snapshot or ledger (`what`) of another plan.
  package static func wrongPlan(
    _ code: DiagnosticCode, _ what: LocalizedText, found: String, expected: String,
    at range: SourceRange, help: LocalizedText? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code,
      LocalizedText(
        "the \(what.en) is for plan '\(found)', but the rules are plan '\(expected)'",
        "\(what.zh)属于计划 '\(found)'，而规则是计划 '\(expected)'"), at: range
    ).helped(help)
  }

  /// E112, E146: an unknown instance id in a snapshot or a ledger: the
  /// instances of an obligation when that id names one, else did-you-mean.
  package static func unknownInstance(
    _ id: String, code: DiagnosticCode, suggestion: String?, instancesOfObligation: [String],
    perInstanceHelp: LocalizedText, otherwise fallback: LocalizedText, at range: SourceRange
  ) -> Diagnostic {
    guard !instancesOfObligation.isEmpty else {
      return unknownName(
        code, id, LocalizedText("instance", "实例"), suggestion: suggestion, otherwise: fallback,
        at: range)
    }
    let shown = instancesOfObligation.prefix(3).joined(separator: ", ")
    let more = instancesOfObligation.count > 3 ? ", ..." : ""
    return Diagnostic(
      .error, code: code, LocalizedText("unknown instance '\(id)'", "未知的实例 '\(id)'"), at: range
    ).note(
      LocalizedText(
        "'\(id)' is an obligation; its instances are \(shown)\(more)",
        "'\(id)' 是义务，其实例为 \(shown)\(more)")
    ).help(perInstanceHelp)
  }

  /// "cannot read 'PATH': REASON", unlocated, with a help naming what the path should be.
  package static func unreadableFile(
    _ path: String, reason: LocalizedText, kind: LocalizedText = LocalizedText("file", "文件")
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .unreadableFile,
      LocalizedText("cannot read '\(path)': \(reason.en)", "无法读取“\(path)”：\(reason.zh)"), at: nil
    ).help(
      LocalizedText(
        "check that the path names a readable \(kind.en)", "请确认该路径是一个可读取的\(spaced(kind.zh))"))
  }

  /// A value found in the input, in single quotes, the same in both languages.
  package static func quoted(_ value: String) -> LocalizedText {
    LocalizedText("'\(value)'", "'\(value)'")
  }

  /// The help line "did you mean 'NAME'?".
  package static func didYouMean(_ name: String, quote: String = "'") -> LocalizedText {
    LocalizedText("did you mean \(quote)\(name)\(quote)?", "是否应为 \(quote)\(name)\(quote)？")
  }

  /// "allowed keys: a, b, c" under a localized label.
  static func allowedList(_ items: [String], _ label: LocalizedText) -> LocalizedText {
    let list = items.joined(separator: ", ")
    return LocalizedText("\(label.en): \(list)", "\(label.zh)：\(list)")
  }

  /// Chinese text followed by `text`, with a space before Latin letters or digits.
  private static func spaced(_ text: String) -> String {
    text.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true ? " " + text : text
  }
}
