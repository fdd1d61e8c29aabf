/// A passage of the document whose time expressions are deliberately not
/// rules (a baseline year, a past event), with the reason.
public struct ExplainedDecl: Sendable {
  /// The verbatim passage.
  public var quote: Located<String>
  /// Why it is not a rule.
  public var reason: Located<String>
}
