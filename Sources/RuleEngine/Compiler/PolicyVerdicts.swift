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
    /// The kinds of violation, one bit each (a subject lists them in a
    /// fixed order).
    var kinds: UInt32
    /// The known values of the plan's facts the condition reads.
    var known: PolicyReach.KnownFacts
  }

  /// The policy.
  let policy: Policy
  /// The facts a plan fixes (`PolicyReach.KnownFacts.facts`) that its
  /// condition reads.
  private let planFacts: [Fact]
  /// Whether verdicts are kept for alike subjects: not when the condition
  /// reads the obligation or the metric, which no two subjects share.
  private let isShared: Bool
  private var verdicts: [Key: [ViolationKind]] = [:]

  /// The verdicts of `policy`, none worked out yet.
  init(_ policy: Policy) {
    self.policy = policy
    var facts: Set<Fact> = []
    Self.collect(policy.condition.expression, into: &facts)
    planFacts = PolicyReach.KnownFacts.facts.filter(facts.contains)
    isShared = !facts.contains(.obligation) && !facts.contains(.metric)
  }

  /// The kinds of violation of `subject` the policy can fire on, its
  /// `targets:` ignored: `PolicyReach.kinds(policy, on: subject,
  /// ignoringTargets: true)`.
  mutating func kinds(on subject: PolicyReach.Subject) -> [ViolationKind] {
    guard isShared else { return PolicyReach.kinds(policy, on: subject, ignoringTargets: true) }
    var kinds: UInt32 = 0
    for kind in subject.kinds { kinds |= 1 << UInt32(Self.allKinds.firstIndex(of: kind) ?? 0) }
    let key = Key(
      isMetric: subject.isMetric, isDoubtful: subject.isDoubtful, kinds: kinds,
      known: subject.known.restricted(to: planFacts))
    if let kinds = verdicts[key] { return kinds }
    let verdict = PolicyReach.kinds(policy, on: subject, ignoringTargets: true)
    verdicts[key] = verdict
    return verdict
  }

  private static let allKinds = ViolationKind.allCases

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
