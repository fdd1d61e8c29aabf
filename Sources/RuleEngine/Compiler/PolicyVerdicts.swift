import RuleParser

/// The kinds of violation one policy can fire on, worked out once for each
/// sort of subject instead of once for each subject.
///
/// `PolicyReach.kinds` depends on a subject only through whether it is a
/// metric, whether it is doubtful, the kinds of violation it can have, the
/// values of the facts the policy's condition reads and, unless ignored, its
/// bodies. Ignoring the targets, the obligations of a large plan mostly agree
/// on the rest, so they share one three-valued evaluation; the caller tests
/// the targets itself.
struct PolicyVerdicts {
  /// What the verdict depends on.
  private struct Key: Hashable {
    var isMetric: Bool
    var isDoubtful: Bool
    var kinds: [ViolationKind]
    /// The known value of each fact in `facts`; `nil` when unknown.
    var values: [FactValue??]
  }

  /// The policy.
  let policy: Policy
  /// The facts its condition reads, in a fixed order.
  private let facts: [Fact]
  private var verdicts: [Key: [ViolationKind]] = [:]

  /// The verdicts of `policy`, none worked out yet.
  init(_ policy: Policy) {
    self.policy = policy
    var facts: Set<Fact> = []
    Self.collect(policy.condition.expression, into: &facts)
    self.facts = facts.sorted { $0.rawValue < $1.rawValue }
  }

  /// The kinds of violation of `subject` the policy can fire on, its
  /// `targets:` ignored: `PolicyReach.kinds(policy, on: subject,
  /// ignoringTargets: true)`.
  mutating func kinds(on subject: PolicyReach.Subject) -> [ViolationKind] {
    let key = Key(
      isMetric: subject.isMetric, isDoubtful: subject.isDoubtful, kinds: subject.kinds,
      values: facts.map { subject.known[$0] })
    if let kinds = verdicts[key] { return kinds }
    let kinds = PolicyReach.kinds(policy, on: subject, ignoringTargets: true)
    verdicts[key] = kinds
    return kinds
  }

  /// Adds every fact `node` reads to `facts`.
  private static func collect(_ node: TypedExpression, into facts: inout Set<Fact>) {
    switch node.kind {
    case .literal: break
    case .fact(let fact): facts.insert(fact)
    case .not(let operand): collect(operand, into: &facts)
    case .logical(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs),
      .comparison(_, let lhs, let rhs):
      collect(lhs, into: &facts)
      collect(rhs, into: &facts)
    case .membership(let value, let elements, _):
      collect(value, into: &facts)
      for element in elements { collect(element, into: &facts) }
    }
  }
}
