import RuleParser

/// The findings as GitHub Actions workflow commands: one annotation per
/// finding (`::error file=rules/x.yaml,line=12,title=...::message`), at the
/// rule file and line of its obligation, with the level SARIF would give it.
public struct GitHubReport: CheckReport {
  /// The language of the messages.
  public var language: Language
  /// The snapshot's entries, named in each message.
  public var entries: SnapshotEntries

  /// Creates a GitHub annotations report.
  public init(language: Language = .en, entries: SnapshotEntries = .init()) {
    self.language = language
    self.entries = entries
  }

  /// The report.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var lines: [String] =
      result.returns?.textLines(language: .en, graph: graph).map {
        "::notice title=returns::" + Self.data(String($0.trimmingPrefix("  ")))
      } ?? []
    for escalation in result.escalations {
      guard let violation = result.violation(answeredBy: escalation) else { continue }
      let by = ReportText.bodyName(escalation.by, in: graph)
      var message =
        "\(violation.instance) \(violation.title): \(violation.kind.label.en), "
        + ReportText.measure(of: violation, in: .en)
        + " -> \(escalation.action.rawValue) (\(escalation.action.chineseName)) by \(by)"
      if let source = escalation.source { message += " under \(source.section)" }
      if language == .zh { message = FindingMessage.chinese(violation, escalation, graph) }
      lines.append(
        annotation(
          Self.command(for: SARIFReport.level(of: escalation.action)), violation,
          title: "\(escalation.policy): \(escalation.action.rawValue)", message: message))
    }
    for violation in result.violations where !result.isEscalated(violation) {
      let message =
        language == .zh
        ? FindingMessage.chinese(violation, nil, graph)
        : "\(violation.instance) \(violation.title): \(violation.kind.label.en), "
          + ReportText.measure(of: violation, in: .en)
      lines.append(
        annotation(
          "notice", violation, title: "violation/\(violation.kind.rawValue)", message: message))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The workflow command of a SARIF level.
  static func command(for level: String) -> String {
    switch level {
    case "error": "error"
    case "warning": "warning"
    default: "notice"
    }
  }

  private func annotation(
    _ command: String, _ violation: Violation, title: String, message: String
  ) -> String {
    let location = violation.location
    let properties = [
      "file=\(Self.property(location.file))", "line=\(location.line)", "col=\(location.column)",
      "title=\(Self.property(title))",
    ]
    var text = message
    if let place = entries.place(of: violation.instance) {
      text += language == .zh ? "（快照条目 \(place)）" : " (snapshot entry \(place))"
    }
    return "::\(command) \(properties.joined(separator: ","))::\(Self.data(text))"
  }

  /// A message escaped for a workflow command: `%`, CR and LF.
  static func data(_ text: String) -> String {
    escape(text, also: [])
  }

  /// A property value escaped for a workflow command: also `:` and `,`.
  static func property(_ text: String) -> String {
    escape(text, also: [":", ","])
  }

  private static func escape(_ text: String, also extra: Set<Unicode.Scalar>) -> String {
    let special: Set<Unicode.Scalar> = extra.union(["%", "\r", "\n"])
    guard text.unicodeScalars.contains(where: special.contains) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard special.contains(scalar) else {
        result.append(scalar)
        continue
      }
      let hex = String(scalar.value, radix: 16, uppercase: true)
      result.append(contentsOf: ("%" + (hex.count < 2 ? "0" : "") + hex).unicodeScalars)
    }
    return String(result)
  }
}
