import RuleParser

/// The findings as GitHub Actions workflow commands: one annotation per
/// finding (`::error file=rules/x.yaml,line=12,title=...::message`), at the
/// rule file and line of its obligation, with the level SARIF would give it.
public struct GitHubReport: CheckReport {
  /// The findings in order, their messages and entries.
  private let findings: FindingWalk

  /// Creates a GitHub annotations report, its messages in `language`, each
  /// naming the finding's entry among `entries`.
  public init(language: Language = .en, entries: SnapshotEntries = .init()) {
    findings = FindingWalk(language: language, entries: entries)
  }

  /// Writes the report, one command a line.
  public func write(_ result: CheckResult, graph: ObligationGraph, to output: inout ReportOutput) {
    for line in result.returns?.textLines(language: .en, graph: graph) ?? [] {
      output.write("::notice title=returns::")
      output.write(String(line.trimmingPrefix("  ")), escaping: Self.data)
      output.write("\n")
    }
    findings.forEach(in: result) { violation, escalation in
      let message = findings.message(violation, escalation, graph) {
        var message =
          "\(violation.instance) \(violation.title): \(violation.kind.label.en), "
          + ReportText.measure(of: violation, in: .en)
        guard let escalation else { return message }
        let by = ReportText.bodyName(escalation.by, in: graph)
        message += " -> \(escalation.action.rawValue) (\(escalation.action.chineseName)) by \(by)"
        if let source = escalation.source { message += " under \(source.section)" }
        return message
      }
      if let escalation {
        annotate(
          Self.command(for: SARIFReport.level(of: escalation.action)), violation,
          title: "\(escalation.policy): \(escalation.action.rawValue)", message: message,
          into: &output)
      } else {
        annotate(
          "notice", violation, title: "violation/\(violation.kind.rawValue)", message: message,
          into: &output)
      }
    }
  }

  /// The workflow command of a SARIF level.
  static func command(for level: String) -> String {
    switch level {
    case "error": "error"
    case "warning": "warning"
    default: "notice"
    }
  }

  /// `::command file=…,line=…,col=…,title=…::message`, the message naming
  /// the snapshot's entry.
  private func annotate(
    _ command: String, _ violation: Violation, title: String, message: String,
    into output: inout ReportOutput
  ) {
    let location = violation.location
    output.write("::")
    output.write(command)
    output.write(" file=")
    output.write(location.file, escaping: Self.property)
    output.write(",line=")
    output.write(location.line)
    output.write(",col=")
    output.write(location.column)
    output.write(",title=")
    output.write(title, escaping: Self.property)
    output.write("::")
    output.write(message, escaping: Self.data)
    if let place = findings.place(of: violation.instance) {
      if findings.language == .zh {
        output.write("（快照条目 ")
        output.write(place: place, escaping: Self.data)
        output.write("）")
      } else {
        output.write(" (snapshot entry ")
        output.write(place: place, escaping: Self.data)
        output.write(")")
      }
    }
    output.write("\n")
  }

  /// A message escaped for a workflow command: `%`, CR and LF.
  static let data = Escaping(
    replacements: ["%": "%25", "\r": "%0D", "\n": "%0A"], controls: .kept)

  /// A property value escaped for a workflow command: also `:` and `,`.
  static let property = Escaping(
    replacements: data.replacements.merging([":": "%3A", ",": "%2C"]) { $1 }, controls: .kept)
}
