public import RuleParser

/// Which time expressions of the source document the rules cover: every
/// deadline, recurrence and time limit the document states should be a rule
/// (covered) or deliberately not one (explained).
public struct CoverageReport: Sendable {
  /// One time expression of the document and what accounts for it.
  public struct Entry: Sendable {
    /// The expression, with its line and column in the document.
    public var expression: TimeExpression
    /// The ids of the rules (obligations, metrics, policies) whose quotes contain it.
    public var coveredBy: [String]
    /// The reasons of the `explained` passages that contain it.
    public var explainedBy: [String]

    /// Covered, explained, or neither.
    public var state: State {
      if !coveredBy.isEmpty { return .covered }
      return explainedBy.isEmpty ? .uncovered : .explained
    }
  }

  /// How an expression is accounted for.
  public enum State: String, Sendable {
    case covered, explained, uncovered
  }

  /// The document's path.
  public var document: String
  /// Every time expression in document order.
  public var entries: [Entry]
  /// The covered expressions whose covering rules all say another time.
  public var disagreements: [CoverageDisagreement] = []

  /// The number of entries in a state.
  public func count(_ state: State) -> Int { entries.filter { $0.state == state }.count }

  /// The share of expressions covered or explained, in percent (100 when
  /// the document has none).
  public var percentAccounted: Double {
    guard !entries.isEmpty else { return 100 }
    return Double(entries.count - count(.uncovered)) * 100 / Double(entries.count)
  }

  /// Scans the document and matches every expression against the quotes of
  /// the graph's rules and the explained passages.
  ///
  /// A sweep over the document: spans enter when the expressions reach
  /// their start and leave once an expression ends after them, so each
  /// expression looks only at the rules and reasons of the spans that hold
  /// it (the time expressions of a document do not overlap).
  ///
  /// - Complexity: O(quotes × document + spans log spans + expressions ×
  ///   rules holding them).
  public init(graph: ObligationGraph, document: SourceDocument, explanations: [Explanation]) {
    self.document = document.path
    var spans: [CoverageSpan] = []
    func add(_ quote: String?, _ key: CoverageSpan.Key) {
      guard let quote else { return }
      for range in document.byteRanges(of: quote) { spans.append(CoverageSpan(range, key)) }
    }
    for obligation in graph.obligations { add(obligation.source?.quote, .rule(obligation.id)) }
    for metric in graph.metrics { add(metric.source?.quote, .rule(metric.id)) }
    for policy in graph.policies { add(policy.source?.quote, .rule(policy.id)) }
    for declared in graph.classes { add(declared.source?.quote, .rule(declared.id)) }
    for explanation in explanations { add(explanation.quote, .reason(explanation.reason)) }
    var sweep = CoverageSweep(spans)
    entries = TimeExpressionScanner.scan(document.text).map { expression in
      let (rules, reasons) = sweep.holding(expression.byteRange)
      return Entry(expression: expression, coveredBy: rules, explainedBy: reasons)
    }
    let times = RuleTimes.of(graph)
    disagreements = entries.compactMap { entry in
      let judged = entry.coveredBy.compactMap { id in
        times[id].flatMap { rule in rule.agrees(with: entry.expression).map { (id, rule, $0) } }
      }
      guard !judged.isEmpty, !judged.contains(where: \.2) else { return nil }
      return CoverageDisagreement(
        expression: entry.expression, meaning: RuleTimes.meaning(of: entry.expression),
        rules: judged.map { ($0.0, $0.1.describe(for: entry.expression.kind)) })
    }
  }
}
