public import RuleParser

/// How far one responsible body has come as of a snapshot's day: its duties
/// due by then, how many of them are done, how many are overdue, and the
/// escalations aimed at it.
public struct BodyProgress: Sendable, Hashable {
  /// The body's id.
  public var body: String
  /// Instances whose deadline (fixed, or counted from a completed
  /// prerequisite) is on or before the day.
  public var due: Int = 0
  /// Of those, the ones done or closed (销号).
  public var done: Int = 0
  /// Of those, the ones not done: overdue, or with no entry at all.
  public var overdue: Int = 0
  /// Violations of every kind found for the body.
  public var violations: Int = 0
  /// Escalations aimed at the body.
  public var escalations: Int = 0
  /// The highest action aimed at the body, if any.
  public var highestAction: EscalationAction?

  /// Creates an empty tally for a body.
  public init(body: String) {
    self.body = body
  }

  /// The share of due instances that are done, or `nil` when none is due.
  public var completionRate: Double? {
    due == 0 ? nil : Double(done) / Double(due)
  }

  /// Orders worst first: the lower completion rate, then the higher
  /// action, then more escalations, more violations, then the id.
  public static func worstFirst(_ lhs: Self, _ rhs: Self) -> Bool {
    let (left, right) = (lhs.completionRate ?? 1, rhs.completionRate ?? 1)
    if left != right { return left < right }
    let (leftLevel, rightLevel) = (lhs.highestAction?.level ?? 0, rhs.highestAction?.level ?? 0)
    if leftLevel != rightLevel { return leftLevel > rightLevel }
    if lhs.escalations != rhs.escalations { return lhs.escalations > rhs.escalations }
    if lhs.violations != rhs.violations { return lhs.violations > rhs.violations }
    return lhs.body < rhs.body
  }

  /// Adds the counts of `other` to these.
  mutating func add(_ other: BodyProgress) {
    due += other.due
    done += other.done
    overdue += other.overdue
    violations += other.violations
    escalations += other.escalations
    highestAction = Self.higher(highestAction, other.highestAction)
  }

  /// The higher of two optional actions.
  static func higher(_ lhs: EscalationAction?, _ rhs: EscalationAction?) -> EscalationAction? {
    guard let lhs else { return rhs }
    guard let rhs else { return lhs }
    return max(lhs, rhs)
  }
}
