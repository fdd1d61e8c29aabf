public import RuleParser

/// An escalation policy, with its condition compiled.
public struct Policy: Sendable {
  /// The id.
  public var id: String
  /// The title, if given.
  public var title: String?
  /// The `when:` expression as written.
  public var when: String
  /// The compiled condition.
  public var condition: CompiledCondition
  /// The action taken.
  public var action: EscalationAction
  /// The body that acts.
  public var by: String
  /// The clause it comes from.
  public var source: SourceClause?
  /// Where it is declared.
  public var location: SourceLocation
  /// The bodies (or groups) it may act on, as written; empty: every body.
  public var targets: [String] = []
  /// The bodies it may act on, groups expanded; `nil`: every body.
  public var targetBodies: Set<String>? = nil
  /// Why the rule is doubtful, when it is marked so: it escalates nothing.
  public var doubtful: String? = nil

  /// Whether the policy may act on `body`.
  public func mayReach(_ body: String) -> Bool { targetBodies?.contains(body) ?? true }
}
