public import RuleParser

/// One policy test (`rules/tests/*.yaml`): a small snapshot and the
/// findings expected from it.
public struct PolicyTestCase: Sendable {
  /// A finding, as a test states it and as a check reports it.
  public enum Finding: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A violation of a type on an instance.
    case violation(type: String, instance: String)
    /// An escalation: an action by a policy on an instance.
    case escalation(action: String, policy: String, instance: String)

    /// `violation overdue on water.sand-plan@lanzhou`,
    /// `escalation supervision (supervise-overdue) on water.sand-plan@lanzhou`.
    public var description: String {
      switch self {
      case .violation(let type, let instance): "violation \(type) on \(instance)"
      case .escalation(let action, let policy, let instance):
        "escalation \(action) (\(policy)) on \(instance)"
      }
    }

    /// The instance the finding is on.
    public var instance: String {
      switch self {
      case .violation(_, let instance), .escalation(_, _, let instance): instance
      }
    }

    /// Violations first, then by instance, type or action, and policy.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
      lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    private var sortKey: [String] {
      switch self {
      case .violation(let type, let instance): ["0", instance, type]
      case .escalation(let action, let policy, let instance): ["1", instance, action, policy]
      }
    }
  }

  /// The case's name, unique across the test files.
  public var name: String
  /// Where the case is written.
  public var location: SourceRange
  /// The policy the case is about, when it says.
  public var policy: String?
  /// The snapshot to check.
  public var snapshot: Snapshot
  /// The instances and metric instances the case is about: only findings
  /// on them are compared.
  public var scope: Set<String>
  /// The violations expected, or `nil` when the case does not check them.
  public var violations: Set<Finding>?
  /// The escalations expected, or `nil` when the case does not check them.
  public var escalations: Set<Finding>?
}
