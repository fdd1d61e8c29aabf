import RuleParser

/// The clause of the source document a rule cites.
public struct SourceClause: Sendable, Hashable {
  /// The document's numbering of the clause, such as `四(七)4`.
  public var section: String
  /// The verbatim passage.
  public var quote: String
  /// The 1-based line of the document where the quote starts, when the
  /// compiler checked it against the document.
  public var documentLine: Int?
}
