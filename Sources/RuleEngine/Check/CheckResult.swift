public import RuleParser

/// What `rulec check` found in one snapshot: the violations, and the
/// escalations the policies prescribe for them.
public struct CheckResult: Sendable {
  /// The plan's id.
  public var plan: String
  /// The plan's title.
  public var planTitle: String
  /// The day checked.
  public var asOf: Day
  /// Every violation, sorted by instance, then kind.
  public var violations: [Violation]
  /// Every escalation, sorted by instance, then action (highest first), then
  /// policy.
  public var escalations: [Escalation]
  /// How the findings compare with an earlier snapshot, when one was given.
  public var changes: FindingChanges?
  /// Who reported (from `Checker`; `nil` for a result built otherwise).
  public var returns: ReturnSummary?

  /// The violation an escalation answers.
  public func violation(answeredBy escalation: Escalation) -> Violation? {
    violationIndex.position(
      of: ViolationKey(kind: escalation.violation, instance: escalation.instance)
    )
    .map { violations[$0] }
  }

  /// The escalations of one violation, highest action first.
  public func escalations(of violation: Violation) -> [Escalation] {
    position(of: violation).map { escalationPositions(ofViolationAt: $0).map { escalations[$0] } }
      ?? []
  }

  /// Whether any policy escalates a violation (without copying the
  /// escalations, as `escalations(of:)` does).
  public func isEscalated(_ violation: Violation) -> Bool {
    position(of: violation).map(isEscalated(violationAt:)) ?? false
  }

  /// The position in `violations` of the violation the escalation at
  /// `position` of `escalations` answers (no look-up by id).
  func violationPosition(answering position: Int) -> Int? {
    let answered = answers[position]
    return answered < 0 ? nil : Int(answered)
  }

  /// Whether any policy escalates the violation at `position` of `violations`.
  func isEscalated(violationAt position: Int) -> Bool { firstEscalation[position] >= 0 }

  /// The positions in `escalations` of the escalations of the violation at
  /// `position` of `violations`, highest action first.
  func escalationPositions(ofViolationAt position: Int) -> [Int] {
    var positions: [Int] = []
    var next = firstEscalationPosition(ofViolationAt: position)
    while let position = next {
      positions.append(position)
      next = escalationPosition(after: position)
    }
    return positions
  }

  /// The first of the positions `escalationPositions(ofViolationAt:)`
  /// lists, if any; `escalationPosition(after:)` gives the others in turn,
  /// without making an array (a report of a million findings asks for each
  /// violation's).
  func firstEscalationPosition(ofViolationAt position: Int) -> Int? {
    let first = firstEscalation[position]
    return first < 0 ? nil : Int(first)
  }

  /// The position of the next escalation of the same violation as the
  /// escalation at `position`, if any (`firstEscalationPosition(ofViolationAt:)`).
  func escalationPosition(after position: Int) -> Int? {
    let next = nextEscalation[position]
    return next < 0 ? nil : Int(next)
  }

  /// The position of a violation in `violations`, found by its identity.
  private func position(of violation: Violation) -> Int? {
    violationIndex.position(of: ViolationKey(kind: violation.kind, instance: violation.instance))
  }

  /// The number of escalations of each action.
  public var countsByAction: [EscalationAction: Int] {
    // Counted along a short list of the actions met (a ladder has a few):
    // an action is found by comparing, not hashing its strings.
    var actions: [EscalationAction] = []
    var counts: [Int] = []
    for position in escalations.indices {
      let action = escalations[position].action
      if let known = actions.firstIndex(of: action) {
        counts[known] += 1
      } else {
        actions.append(action)
        counts.append(1)
      }
    }
    return Dictionary(uniqueKeysWithValues: zip(actions, counts))
  }

  /// The number of violations of each kind.
  public var countsByKind: [ViolationKind: Int] {
    var counts = [Int](repeating: 0, count: ViolationKind.allCases.count)
    for position in violations.indices { counts[violations[position].kind.ordinal] += 1 }
    var result: [ViolationKind: Int] = [:]
    for kind in ViolationKind.allCases where counts[kind.ordinal] > 0 {
      result[kind] = counts[kind.ordinal]
    }
    return result
  }

  /// The highest action any escalation prescribes.
  public var highestAction: EscalationAction? {
    var highest: EscalationAction?
    for position in escalations.indices
    where highest.map({ escalations[position].action > $0 }) ?? true {
      highest = escalations[position].action
    }
    return highest
  }

  /// Whether a finding at or above `level` exists (`--fail-on`).
  public func hasFinding(atOrAbove level: EscalationAction) -> Bool {
    escalations.contains { $0.action >= level }
  }

  /// Each violation's position, by its identity (made when first asked).
  private var violationIndex: ViolationIndex
  /// For each escalation, the position of the violation it answers (-1: none).
  private var answers: [Int32]
  /// For each violation, the position of its first escalation (-1: none).
  private var firstEscalation: [Int32]
  /// For each escalation, the position of the next escalation of the same
  /// violation (-1: none): with `firstEscalation`, each violation's
  /// escalations as a chain, without an array per violation.
  private var nextEscalation: [Int32]

  /// What `Checker` learned of each instance of the plan, for the return
  /// summary and the progress tally (`nil` for a result built otherwise).
  var instanceStates: InstanceStates?

  /// Creates a result; violations and escalations are sorted here.
  public init(
    plan: String, planTitle: String, asOf: Day, violations: [Violation],
    escalations: [Escalation], changes: FindingChanges? = nil, returns: ReturnSummary? = nil
  ) {
    self.init(
      plan: plan, planTitle: planTitle, asOf: asOf, violations: violations,
      escalations: escalations, changes: changes, returns: returns, answers: nil)
  }

  /// Creates a result, given the position in `violations` of the violation
  /// each escalation answers when the maker knows it (`Checker` does): it
  /// stands when neither list needs sorting, and is worked out otherwise.
  init(
    plan: String, planTitle: String, asOf: Day, violations: [Violation],
    escalations: [Escalation], changes: FindingChanges? = nil, returns: ReturnSummary? = nil,
    answers known: [Int32]?
  ) {
    self.plan = plan
    self.planTitle = planTitle
    self.asOf = asOf
    // `Checker` makes them in instance order already: sorting is then only
    // a check (the sort is stable, so the result is the same either way).
    // Many findings are checked side by side, the two lists at once.
    let (violationsInOrder, escalationsInOrder) =
      violations.count + escalations.count < 4_000
      ? (
        violations.isSorted(by: Self.violationOrder), escalations.isSorted(by: Self.escalationOrder)
      )
      : Concurrently.both {
        violations.isSorted(by: Self.violationOrder)
      } _: {
        escalations.isSorted(by: Self.escalationOrder)
      }
    self.violations = violationsInOrder ? violations : violations.sorted(by: Self.violationOrder)
    self.escalations =
      escalationsInOrder ? escalations : escalations.sorted(by: Self.escalationOrder)
    self.changes = changes
    self.returns = returns
    violationIndex = ViolationIndex(self.violations)
    let answers =
      violationsInOrder && escalationsInOrder && known?.count == escalations.count
      ? known ?? [] : Self.answers(self.escalations, in: self.violations)
    // The chains are built from the last escalation back, so they run in order.
    var first = [Int32](repeating: -1, count: self.violations.count)
    var next = [Int32](repeating: -1, count: self.escalations.count)
    for offset in self.escalations.indices.reversed() where answers[offset] >= 0 {
      let answered = Int(answers[offset])
      next[offset] = first[answered]
      first[answered] = Int32(offset)
    }
    self.answers = answers
    firstEscalation = first
    nextEscalation = next
  }

  /// The order of `violations`: by instance, then kind.
  private static func violationOrder(_ lhs: Violation, _ rhs: Violation) -> Bool {
    (lhs.instance, lhs.kind) < (rhs.instance, rhs.kind)
  }

  /// The order of `escalations`: by instance, then action (highest first),
  /// then policy.
  private static func escalationOrder(_ lhs: Escalation, _ rhs: Escalation) -> Bool {
    if lhs.instance != rhs.instance { return lhs.instance < rhs.instance }
    if lhs.action != rhs.action { return lhs.action > rhs.action }
    return lhs.policy < rhs.policy
  }

  /// The position in `violations` of the violation each of `escalations`
  /// answers (-1: none).
  ///
  /// Both lists are sorted by instance, so one walk along both finds them
  /// without hashing an id.
  private static func answers(
    _ escalations: [Escalation], in violations: [Violation]
  ) -> [Int32] {
    var answers = [Int32](repeating: -1, count: escalations.count)
    var start = 0
    for offset in escalations.indices {
      let instance = escalations[offset].instance
      let kind = escalations[offset].violation
      while start < violations.count, violations[start].instance < instance {
        start += 1
      }
      var candidate = start
      while candidate < violations.count, violations[candidate].instance == instance {
        if violations[candidate].kind == kind {
          answers[offset] = Int32(candidate)
          break
        }
        candidate += 1
      }
    }
    return answers
  }
}

/// The identity of a violation.
struct ViolationKey: Hashable {
  var kind: ViolationKind
  var instance: String
}
