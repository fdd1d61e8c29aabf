import RuleParser

/// The facts of one violation of a duty instance, kept as the values they
/// are worked out from: what `InstanceEvaluator` knows of the instance, its
/// entry and the violation, and the actions already taken on it.
///
/// One small object per violation instead of some thirty stored facts;
/// `value(of:)` gives each fact exactly as it would have been stored.
final class DutyFacts: Sendable {
  /// What the facts are worked out from.
  struct Values: Sendable {
    /// The obligation's id.
    var obligation: String
    /// The responsible body's id.
    var body: String
    /// The body's kind, if it has one.
    var bodyKind: String?
    /// The instance's class id, if it has one.
    var obligationClass: String?
    /// Due, not done, and past its due date.
    var isOverdue: Bool
    /// Overdue with no entry at all.
    var isMissing: Bool
    /// Days past the due date (0 when not overdue).
    var daysOverdue: Int
    /// Days from the day checked to the due date, when there is one.
    var daysToDue: Int?
    /// Whether the entry gives a report date.
    var reported: Bool
    /// Whether the entry gives a publication date.
    var published: Bool
    /// Whether the entry marks the report untrue.
    var falseReport: Bool
    /// Days the completion came after the due date (late only, else 0).
    var daysLate = 0
    /// Days the report is late (0 when in time).
    var daysUnreported: Int
    /// Days the publication is late (0 when in time).
    var daysUnpublished: Int
    /// The entry's status, when there is an entry.
    var status: InstanceProgress?
    /// The entry's share done, when given.
    var progress: Double?
    /// The kind of the violation.
    var kind = ViolationKind.overdue
    /// The actions already taken on the instance.
    var history: ActionHistory?
    /// The day the history is counted to; `nil` until the history is added
    /// (the facts of actions taken have no value before).
    var historyAsOf: Day?
  }

  /// What the facts are worked out from.
  let values: Values

  init(_ values: consuming Values) {
    self.values = values
  }

  /// The value of `fact`, or `nil` when it has none.
  func value(of fact: Fact) -> FactValue? {
    switch fact {
    case .obligation: .string(values.obligation)
    case .body: .string(values.body)
    case .bodyKind: values.bodyKind.map(FactValue.string)
    case .class: values.obligationClass.map(FactValue.string)
    case .overdue: .bool(values.isOverdue)
    case .missing: .bool(values.isMissing)
    case .daysOverdue: .int(values.daysOverdue)
    case .daysToDue: values.daysToDue.map(FactValue.int)
    case .reported: .bool(values.reported)
    case .published: .bool(values.published)
    case .falseReport: .bool(values.falseReport)
    case .daysLate: .int(values.daysLate)
    case .daysUnreported: .int(values.daysUnreported)
    case .daysUnpublished: .int(values.daysUnpublished)
    case .status: values.status.flatMap(\.factValue)
    case .progress: values.progress.map(FactValue.number)
    case .violation: values.kind.factValue
    case .metric, .offTrack, .targetMissed, .gap, .reading: nil
    case .warned: taken(.warning)
    case .supervised: taken(.supervision)
    case .interviewed: taken(.interview)
    case .daysSinceWarning: daysSince(.warning)
    case .daysSinceSupervision: daysSince(.supervision)
    case .daysSinceInterview: daysSince(.interview)
    case .highestAction:
      values.historyAsOf == nil
        ? nil
        : values.history?.highest.flatMap { EnumValue(.action, named: $0.rawValue) }.map(
          FactValue.enumeration)
    }
  }

  /// Whether `action` was taken, once the history is added.
  private func taken(_ action: EscalationAction) -> FactValue? {
    guard values.historyAsOf != nil else { return nil }
    return .bool(values.history?.latest[action] != nil)
  }

  /// The days since `action` was last taken, if it was.
  private func daysSince(_ action: EscalationAction) -> FactValue? {
    guard let asOf = values.historyAsOf, let latest = values.history?.latest[action] else {
      return nil
    }
    return .int(latest.days(until: asOf))
  }
}
