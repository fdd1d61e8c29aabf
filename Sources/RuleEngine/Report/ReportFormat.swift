public import RuleParser

/// A way of writing a check's findings.
public protocol CheckReport: Sendable {
  /// Writes the findings in this report's format, as UTF-8, into `output`
  /// as they are made: the report is never built whole in memory.
  func write(_ result: CheckResult, graph: ObligationGraph, to output: inout ReportOutput)
}

extension CheckReport {
  /// The findings as one text in this report's format.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var output = ReportOutput()
    write(result, graph: graph, to: &output)
    return String(decoding: output.bytes, as: UTF8.self)
  }
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

  /// Whether the report shows where the snapshot's entries are
  /// (`ReportContext.entries`): the others need not work them out.
  public var showsEntries: Bool { self == .sarif || self == .junit || self == .github }

  /// The report of this format; the bulletin (`markdown`) takes its head
  /// and the bodies' progress from `context`.
  public func report(language: Language, context: ReportContext) -> any CheckReport {
    switch self {
    case .text: TextReport(language: language)
    case .json: JSONReport()
    case .markdown: MarkdownReport(heading: context.heading, progress: context.progress)
    case .sarif: SARIFReport(language: language, entries: context.entries)
    case .junit: JUnitReport(language: language, entries: context.entries)
    case .github: GitHubReport(language: language, entries: context.entries)
    }
  }
}

/// What some reports need beyond the findings: the snapshot's progress and
/// the bulletin's head.
public struct ReportContext: Sendable {
  /// The bulletin's title, number, issuer and date.
  public var heading: BulletinHeading
  /// Every body's progress as of the snapshot.
  public var progress: PlanProgress
  /// Where the snapshot's entries are, and the instances checked.
  public var entries: SnapshotEntries

  /// Creates a context.
  public init(heading: BulletinHeading, progress: PlanProgress, entries: SnapshotEntries) {
    self.heading = heading
    self.progress = progress
    self.entries = entries
  }
}
