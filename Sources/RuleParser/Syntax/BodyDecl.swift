/// A body of the plan: a department, a city, a group of bodies.
public struct BodyDecl: Sendable {
  /// The body's id.
  public var id: Located<String>
  /// The full name, such as 省环保督察整改办公室.
  public var name: Located<String>
  /// The short name the document also uses, such as 省整改办公室.
  public var short: Located<String>?
  /// The kind of body (`city`, `department`, `party`...), for `body_kind`.
  public var kind: Located<String>?
  /// The body this one belongs to.
  public var parent: Located<String>?
  /// For a group, the ids of its members (each a body too).
  public var members: [Located<String>]
  /// The whole declaration.
  public var range: SourceRange
}
