import RuleParser

/// One violation of a duty instance: its fields but the kind's copy in
/// `Violation`, and the values its facts are worked out from, in one small
/// object; what the obligation's violations share is `ViolatedDuty`.
///
/// A check of a million instances finds hundreds of thousands of
/// violations. Each was a box of every field a violation may have (the
/// metric details, the obligation's title and clause: 384 bytes) and a
/// second box of the facts' values (192 bytes); this one is 192 bytes and
/// one allocation. `value(of:)` gives each fact exactly as it was stored,
/// and `details` the details as they were.
final class DutyViolation: Sendable {
  /// The fields, in an order that packs them: references first, then each
  /// optional day followed by the small fields that fill its padding.
  struct Values: Sendable {
    /// What the obligation's violations share.
    var duty: ViolatedDuty
    /// The instance id.
    var instance: String
    /// The responsible body's id.
    var body: String
    /// The body's kind, if it has one.
    var bodyKind: String?
    /// The instance's class id, if it has one.
    var obligationClass: String?
    /// The bodies that cooperate on the instance.
    var cooperating: [String]
    /// The prerequisites completed later than the instance, or not at all
    /// (dependency order only).
    var prerequisites: [String]
    /// The actions already taken on the instance.
    var history: ActionHistory?
    /// The entry's share done, when given.
    var progress: Double?
    /// The kind of the violation.
    var kind: ViolationKind
    /// The entry's status, when there is an entry.
    var status: InstanceProgress?
    /// Due, not done, and past its due date.
    var isOverdue: Bool
    /// Overdue with no entry at all.
    var isMissing: Bool
    /// Whether the entry gives a report date.
    var reported: Bool
    /// Whether the entry gives a publication date.
    var published: Bool
    /// Whether the entry marks the report untrue.
    var falseReport: Bool
    /// The due date the violation is measured against.
    var due: Day?
    /// Days from the day checked to the instance's due date, when it has
    /// one.
    ///
    /// Days are counted in 32 bits: a calendar of years 1 to 9999 spans
    /// under four million.
    var daysToDue: Int32?
    /// The entry's completion date (completed or not).
    var completed: Day?
    /// Days the report is late (0 when in time).
    var daysUnreported: Int32
    /// The report or publication date given late, or the date of a false
    /// report.
    var late: Day?
    /// Days the publication is late (0 when in time).
    var daysUnpublished: Int32
  }

  /// The fields.
  let values: Values

  init(_ values: consuming Values) {
    self.values = values
  }

  /// What the violation is measured from, beyond its facts.
  var details: ViolationDetails {
    var details = ViolationDetails()
    details.completed = values.completed
    details.late = values.late
    details.prerequisites = values.prerequisites
    return details
  }

  /// The value of `fact`, or `nil` when it has none.
  func value(of fact: Fact) -> FactValue? {
    switch fact {
    case .obligation: .string(values.duty.id)
    case .body: .string(values.body)
    case .bodyKind: values.bodyKind.map(FactValue.string)
    case .class: values.obligationClass.map(FactValue.string)
    case .overdue: .bool(values.isOverdue)
    case .missing: .bool(values.isMissing)
    // Overdue is past the due date: the days to it, negated.
    case .daysOverdue: .int(values.isOverdue ? -Int(values.daysToDue ?? 0) : 0)
    case .daysToDue: values.daysToDue.map { .int(Int($0)) }
    case .reported: .bool(values.reported)
    case .published: .bool(values.published)
    case .falseReport: .bool(values.falseReport)
    case .daysLate: .int(daysLate)
    case .daysUnreported: .int(Int(values.daysUnreported))
    case .daysUnpublished: .int(Int(values.daysUnpublished))
    case .status: values.status.flatMap(\.factValue)
    case .progress: values.progress.map(FactValue.number)
    case .violation: values.kind.factValue
    case .metric, .offTrack, .targetMissed, .gap, .reading: nil
    case .warned: .bool(values.history?.latest[.warning] != nil)
    case .supervised: .bool(values.history?.latest[.supervision] != nil)
    case .interviewed: .bool(values.history?.latest[.interview] != nil)
    case .daysSinceWarning: daysSince(.warning)
    case .daysSinceSupervision: daysSince(.supervision)
    case .daysSinceInterview: daysSince(.interview)
    case .highestAction:
      values.history?.highest.flatMap { EnumValue(.action, named: $0.rawValue) }.map(
        FactValue.enumeration)
    }
  }

  /// Days the completion came after the due date: a late violation is
  /// measured against the instance's due date and completed.
  private var daysLate: Int {
    guard values.kind == .late, let due = values.due, let completed = values.completed else {
      return 0
    }
    return due.days(until: completed)
  }

  /// The days since `action` was last taken, if it was.
  private func daysSince(_ action: EscalationAction) -> FactValue? {
    guard let latest = values.history?.latest[action] else { return nil }
    return .int(latest.days(until: values.duty.asOf))
  }
}
