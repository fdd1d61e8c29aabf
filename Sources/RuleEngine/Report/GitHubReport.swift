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
      output.write(literal: "::notice title=returns::")
      output.write(String(line.trimmingPrefix("  ")), escaping: Self.data)
      output.write(literal: "\n")
    }
    findings.write(result, into: &output, state: Side(places: findings.places)) {
      violation, escalation, side, output in
      let place = side.places.location(of: violation.instance)
      if let escalation {
        annotate(
          Self.command(for: SARIFReport.level(of: escalation.action)), violation, escalation,
          title: (escalation.policy, ": ", escalation.action.rawValue), place, graph, &side,
          into: &output)
      } else {
        annotate(
          "notice", violation, nil, title: ("violation/", "", violation.kind.rawValue), place,
          graph, &side, into: &output)
      }
    }
  }

  /// A finding's message, escaped, written in parts (each escaped as the
  /// whole would be; the words between them need no escaping).
  private func writeMessage(
    _ violation: Violation, _ escalation: Escalation?, _ graph: ObligationGraph,
    _ names: inout MadeBytes, into output: inout ReportOutput
  ) {
    if findings.language == .zh {
      return output.write(FindingMessage.chinese(violation, escalation, graph), escaping: Self.data)
    }
    output.write(violation.instance, escaping: Self.data)
    output.write(literal: " ")
    output.write(violation.title, escaping: Self.data)
    output.write(literal: ": ")
    output.write(violation.kind.label.en, escaping: Self.data)
    output.write(literal: ", ")
    output.writeMeasure(of: violation, in: .en, escaping: Self.data)
    guard let escalation else { return }
    output.write(literal: " -> ")
    output.write(escalation.action.rawValue, escaping: Self.data)
    output.write(literal: " (")
    output.write(escalation.action.chineseName, escaping: Self.data)
    output.write(literal: ") by ")
    names.write(madeOf: escalation.by, into: &output) {
      $0.write(ReportText.bodyName(escalation.by, in: graph), escaping: Self.data)
    }
    if let source = escalation.source {
      output.write(literal: " under ")
      output.write(source.section, escaping: Self.data)
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
  /// the snapshot's entry at `place`; the title (`policy: action`,
  /// `violation/kind`) is written in its three parts.
  private func annotate(
    _ command: String, _ violation: Violation, _ escalation: Escalation?,
    title: (String, String, String), _ place: SourceLocation?, _ graph: ObligationGraph,
    _ side: inout Side, into output: inout ReportOutput
  ) {
    let location = violation.location
    output.write(literal: "::")
    output.write(command)
    output.write(literal: " file=")
    side.rules.write(fileOf: location, into: &output)
    output.write(literal: ",line=")
    output.write(location.line)
    output.write(literal: ",col=")
    output.write(location.column)
    output.write(literal: ",title=")
    // Escaped in parts as the whole would be (character by character).
    output.write(title.0, escaping: Self.property)
    output.write(title.1, escaping: Self.property)
    output.write(title.2, escaping: Self.property)
    output.write(literal: "::")
    writeMessage(violation, escalation, graph, &side.names, into: &output)
    if let place {
      if findings.language == .zh {
        output.write(literal: "（快照条目 ")
        side.entries.write(place: place, into: &output)
        output.write(literal: "）")
      } else {
        output.write(literal: " (snapshot entry ")
        side.entries.write(place: place, into: &output)
        output.write(literal: ")")
      }
    }
    output.write(literal: "\n")
  }

  /// What each writing side keeps as it goes (`TwoCoreWriting`): where the
  /// last entry was found, and the file and body names it has escaped.
  private struct Side {
    var places: SnapshotEntries.Places
    /// The rule files' names, escaped as a property.
    var rules = EscapedFileNames(GitHubReport.property)
    /// The snapshot files' names, escaped as a message.
    var entries = EscapedFileNames(GitHubReport.data)
    /// Bodies' names (`ReportText.bodyName`) escaped as a message, by their ids.
    var names = MadeBytes()
  }

  /// A message escaped for a workflow command: `%`, CR and LF.
  static let data = Escaping(
    replacements: ["%": "%25", "\r": "%0D", "\n": "%0A"], controls: .kept)

  /// A property value escaped for a workflow command: also `:` and `,`.
  static let property = Escaping(
    replacements: data.replacements.merging([":": "%3A", ",": "%2C"]) { $1 }, controls: .kept)
}
