/// The clause of the source document a rule comes from: `source: {section, quote}`.
public struct SourceDecl: Sendable {
  /// The document's own numbering of the clause, such as `四(七)4`.
  public var section: Located<String>
  /// A verbatim passage of the document (checked against `plan.document`).
  public var quote: Located<String>
}
