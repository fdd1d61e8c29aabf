public import RuleParser

/// A way of writing a check's findings.
public protocol CheckReport: Sendable {
  /// The findings as text in this report's format.
  func render(_ result: CheckResult, graph: ObligationGraph) -> String
}

/// The output formats of `rulec check --format`.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// For people: grouped by action, then body (the default).
  case text
  /// `{plan, as_of, violations, escalations, summary}`, keys sorted.
  case json
  /// A bulletin (通报) in Chinese, ready to publish.
  case markdown
  /// SARIF 2.1.0, for code-scanning tools.
  case sarif
  /// JUnit XML, for CI test reports.
  case junit
  /// GitHub Actions workflow commands (annotations).
  case github

  /// The report of this format.
  public func report(language: Language) -> any CheckReport {
    switch self {
    case .text: TextReport(language: language)
    case .json: JSONReport()
    case .markdown: MarkdownReport()
    case .sarif: SARIFReport()
    case .junit: JUnitReport()
    case .github: GitHubReport()
    }
  }
}
