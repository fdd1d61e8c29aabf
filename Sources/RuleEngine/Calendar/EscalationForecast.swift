import RuleParser

/// One escalation step that would follow a missed deadline.
struct EscalationStep: Sendable {
  /// The policy that fires.
  var policy: Policy
  /// The days after the deadline on which it first fires.
  var daysAfterDue: Int
}

/// Works out when each escalation policy would fire on a duty that stays open
/// after its deadline.
///
/// The forecast walks forward through the days on which some condition can
/// change (`ConditionBreakpoints`): day 1 after the deadline, the thresholds
/// on `days_overdue` and `days_to_due`, and, once a step is taken, the
/// thresholds on the days since it. On each such day every policy that has
/// not fired yet is evaluated on `OpenDutyFacts`; a policy fires once, on the
/// first day its condition holds, and its step counts as taken from that day
/// (so `interviewed and days_since_interview > 30` fires 31 days after the
/// interview). Policies about metric readings never fire on a duty.
struct EscalationForecast {
  /// The policies that can fire on a duty, sorted by id.
  let policies: [Policy]

  /// The furthest day after a deadline that is looked at: about a century.
  static let horizon = 36_525

  /// A forecast for the graph's policies.
  init(policies: [Policy]) {
    self.policies = policies.filter { $0.condition.target != .metrics && $0.doubtful == nil }
  }

  /// The steps that would follow the deadline of a duty of `obligation` for
  /// `body`, in the order they fire (by day, then policy id).
  ///
  /// - Complexity: O(s · p · n) for s days looked at, p policies and n nodes
  ///   per condition; s is at most the number of thresholds plus one.
  func steps(
    obligation: String, body: String, bodyKind: String? = nil, obligationClass: ObligationClass?
  ) -> [EscalationStep] {
    var facts = OpenDutyFacts(
      obligation: obligation, body: body, bodyKind: bodyKind, obligationClass: obligationClass)
    var fired: [EscalationStep] = []
    var open = policies.filter { $0.mayReach(body) }
    var day = 1
    while !open.isEmpty, day <= Self.horizon {
      facts.daysOverdue = day
      var firedToday = true
      while firedToday {
        firedToday = false
        for policy in open where policy.condition.evaluate(facts) {
          fired.append(EscalationStep(policy: policy, daysAfterDue: day))
          facts.taken[policy.action] = day
          firedToday = true
        }
        open.removeAll { policy in fired.contains { $0.policy.id == policy.id } }
      }
      let next = open.flatMap {
        ConditionBreakpoints.days(in: $0.condition.expression, facts: facts)
      }.filter { $0 > day }.min()
      guard let next else { break }
      day = next
    }
    return fired.sorted { ($0.daysAfterDue, $0.policy.id) < ($1.daysAfterDue, $1.policy.id) }
  }
}
