public import RuleParser

/// What a compilation produced: the graph when there were no errors, and
/// every diagnostic.
public struct CompileResult: Sendable {
  /// The obligation graph, or `nil` when an error was reported.
  public var graph: ObligationGraph?
  /// Every diagnostic of the run.
  public var diagnostics: Diagnostics
  /// The source document's text, when the plan names one that could be read.
  public var document: SourceDocument?
  /// The passages whose time expressions are explained rather than ruled.
  public var explanations: [Explanation]
}

/// A passage of the document that is deliberately not a rule.
public struct Explanation: Sendable {
  /// The passage.
  public var quote: String
  /// Why it is not a rule.
  public var reason: String
  /// The document line where the passage starts.
  public var documentLine: Int?
  /// Where the explanation is written.
  public var location: SourceLocation
}
