public import RuleParser

/// A body of the plan: a department, a city, or a group of bodies.
public struct Body: Sendable {
  /// The id.
  public var id: String
  /// The full name.
  public var name: String
  /// The short name, if any.
  public var short: String?
  /// The parent body, if any.
  public var parent: String?
  /// The members, for a group (empty otherwise).
  public var members: [String]
  /// Where it is declared.
  public var location: SourceLocation
  /// The kind of body (`city`, `department`...), when given.
  public var kind: String? = nil

  /// Whether this body is a group.
  public var isGroup: Bool { !members.isEmpty }
  /// The name to show: the short name when there is one.
  public var displayName: String { short ?? name }
}
