import RuleParser

/// The facts of a duty instance that is still open some days after its
/// deadline, with the escalation steps taken so far: what a policy would see
/// if nobody reported the duty done.
///
/// The body reported the duty in progress, neither reported nor published
/// its completion, and each step that fired was taken on the day it fired.
struct OpenDutyFacts: FactValues {
  /// The obligation's id.
  var obligation: String
  /// The responsible body's id.
  var body: String
  /// The responsible body's kind, when it has one.
  var bodyKind: String?
  /// The duty's class.
  var obligationClass: ObligationClass?
  /// The days since the deadline, 1 or more.
  var daysOverdue = 1
  /// The last day after the deadline on which each action was taken.
  var taken: [EscalationAction: Int] = [:]

  func value(of fact: Fact) -> FactValue? {
    if let line = line(of: fact) { return .int(line.value(at: daysOverdue)) }
    switch fact {
    case .overdue: return .bool(true)
    case .missing, .reported, .published, .falseReport: return .bool(false)
    case .daysUnreported, .daysUnpublished: return .int(0)
    case .status: return Self.value(.status, "in_progress")
    case .violation: return Self.value(.violation, "overdue")
    case .class: return obligationClass.map { .string($0.id) }
    case .obligation: return .string(obligation)
    case .body: return .string(body)
    case .bodyKind: return bodyKind.map(FactValue.string)
    case .warned: return .bool(taken[.warning] != nil)
    case .supervised: return .bool(taken[.supervision] != nil)
    case .interviewed: return .bool(taken[.interview] != nil)
    case .highestAction: return taken.keys.max().flatMap { Self.value(.action, $0.rawValue) }
    default: return nil
    }
  }

  /// How a fact that changes from day to day depends on the days overdue,
  /// or `nil` for a fact that does not change (or has no value).
  func line(of fact: Fact) -> DayLine? {
    switch fact {
    case .daysOverdue: DayLine(slope: 1, offset: 0)
    case .daysToDue: DayLine(slope: -1, offset: 0)
    case .daysSinceWarning: taken[.warning].map { DayLine(slope: 1, offset: Double(-$0)) }
    case .daysSinceSupervision: taken[.supervision].map { DayLine(slope: 1, offset: Double(-$0)) }
    case .daysSinceInterview: taken[.interview].map { DayLine(slope: 1, offset: Double(-$0)) }
    default: nil
    }
  }

  private static func value(_ type: FactEnum, _ name: String) -> FactValue? {
    EnumValue(type, named: name).map(FactValue.enumeration)
  }
}
