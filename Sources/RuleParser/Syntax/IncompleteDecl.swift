/// A declaration whose entry has an error, kept as far as it could be read so
/// that its id is still known: a reference to it is not "unknown", and the
/// parts that could be read (a policy's `when:`) are still checked.
public struct IncompleteDecl: Sendable {
  /// What kind of declaration it is.
  public var kind: DeclarationKind
  /// Its id.
  public var id: Located<String>
  /// A policy's condition, when it could be read.
  public var whenSource: ExpressionSource?

  /// Creates the record of an incomplete declaration.
  public init(kind: DeclarationKind, id: Located<String>, whenSource: ExpressionSource? = nil) {
    self.kind = kind
    self.id = id
    self.whenSource = whenSource
  }
}
