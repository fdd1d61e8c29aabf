import RuleParser

/// The days on which a condition's truth can change while a duty stays open.
///
/// Every comparison of whole numbers in a condition compares two `DayLine`s
/// (`days_overdue > 30`, `days_since_interview > 30`); its truth changes only
/// where they meet. Everything else in the condition stays the same from day
/// to day until an escalation step is taken. So evaluating the condition on
/// the days returned here, and on the days steps are taken, finds the first
/// day on which it holds.
enum ConditionBreakpoints {
  /// The days (after the deadline) around which a comparison in `expression`
  /// changes its truth under `facts`: for each meeting day `m`, `⌊m⌋` and
  /// `⌊m⌋ + 1`.
  ///
  /// - Complexity: O(nodes of the expression).
  static func days(in expression: TypedExpression, facts: OpenDutyFacts) -> Set<Int> {
    var days: Set<Int> = []
    collect(expression, facts: facts, into: &days)
    return days
  }

  private static func collect(
    _ expression: TypedExpression, facts: OpenDutyFacts, into days: inout Set<Int>
  ) {
    switch expression.kind {
    case .literal, .fact, .arithmetic:
      break
    case .not(let operand):
      collect(operand, facts: facts, into: &days)
    case .logical(_, let lhs, let rhs):
      collect(lhs, facts: facts, into: &days)
      collect(rhs, facts: facts, into: &days)
    case .comparison(_, let lhs, let rhs):
      collect(lhs, facts: facts, into: &days)
      collect(rhs, facts: facts, into: &days)
      meet(lhs, rhs, facts: facts, into: &days)
    case .membership(let value, let elements, _):
      for element in elements { meet(value, element, facts: facts, into: &days) }
    }
  }

  private static func meet(
    _ lhs: TypedExpression, _ rhs: TypedExpression, facts: OpenDutyFacts,
    into days: inout Set<Int>
  ) {
    guard let left = line(of: lhs, facts: facts), let right = line(of: rhs, facts: facts),
      let meeting = left.meeting(right), meeting.isFinite, abs(meeting) < 1e9
    else { return }
    let day = Int(meeting.rounded(.down))
    days.insert(day)
    days.insert(day + 1)
  }

  /// A numeric part of a condition as a line over the days overdue, or `nil`
  /// when it is not numeric or has no value.
  static func line(of expression: TypedExpression, facts: OpenDutyFacts) -> DayLine? {
    switch expression.kind {
    case .literal(.int(let value)): return DayLine(slope: 0, offset: Double(value))
    case .literal(.number(let value)): return DayLine(slope: 0, offset: value)
    case .fact(let fact):
      if let line = facts.line(of: fact) { return line }
      switch facts.value(of: fact) {
      case .int(let value)?: return DayLine(slope: 0, offset: Double(value))
      case .number(let value)?: return DayLine(slope: 0, offset: value)
      default: return nil
      }
    case .arithmetic(let operation, let lhs, let rhs):
      guard let left = line(of: lhs, facts: facts), let right = line(of: rhs, facts: facts)
      else { return nil }
      return operation == .plus ? left + right : left - right
    default:
      return nil
    }
  }
}
