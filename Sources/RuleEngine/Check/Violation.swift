public import RuleParser

/// The ways a duty or a target can be violated, as of a snapshot's date.
///
/// The raw values are the names conditions and reports use (`violation ==
/// overdue`); the order is the order reports list an instance's violations in.
public enum ViolationKind: String, Sendable, CaseIterable, Comparable {
  /// Due and neither done nor closed (逾期未完成).
  case overdue
  /// Due, and the snapshot has no entry for it at all (未报送); for a metric,
  /// no reading after its target date.
  case missing
  /// Completed, but after the due date (逾期完成).
  case late
  /// Completed, but not reported within `report_within` (未及时报送整改结果).
  case unreported
  /// Completed, but not made public within `publish_within` (未及时公开整改结果).
  case unpublished
  /// The report was found to be untrue (反馈整改情况失实).
  case falseReport = "false_report"
  /// Completed before a prerequisite was (违反整改顺序).
  case dependencyOrder = "dependency_order"
  /// A metric reading worse than the straight path to its target (进度滞后).
  case offTrack = "off_track"
  /// The target date has come and the reading is worse than the target (未完成目标).
  case targetMissed = "target_missed"

  /// Whether the violation is about a metric reading rather than a duty.
  public var isMetric: Bool { self == .offTrack || self == .targetMissed }

  /// Orders by declaration.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }

  /// The kind's position in `allCases`, its declaration order (a test
  /// checks the two agree): counting and ordering by it hashes nothing.
  var ordinal: Int {
    switch self {
    case .overdue: 0
    case .missing: 1
    case .late: 2
    case .unreported: 3
    case .unpublished: 4
    case .falseReport: 5
    case .dependencyOrder: 6
    case .offTrack: 7
    case .targetMissed: 8
    }
  }

  /// The kind as the value of the `violation` fact, made once per kind.
  var factValue: FactValue? { Self.factValues[ordinal] }

  private static let factValues = allCases.map {
    EnumValue(.violation, named: $0.rawValue).map(FactValue.enumeration)
  }
}

/// One violation found by `rulec check`: what is wrong with one instance (or
/// metric instance), with the facts the policies are evaluated on.
///
/// An instance has at most one violation of each kind, so `(kind, instance)`
/// identifies a violation.
///
/// The fields are held in one shared, unchanging object (as `Escalation`'s
/// policy part is): a check of a million instances finds hundreds of
/// thousands of violations, and the evaluator, the sort check and every
/// report copy them; a copy counts one reference instead of a dozen. A
/// duty's violation holds the small `DutyViolation`, which shares its
/// obligation's part; any other (a metric's, or one whose field was set)
/// holds every field in a box. Setting a field makes a new box.
public struct Violation: Sendable {
  /// What is wrong.
  public var kind: ViolationKind
  /// The instance id, or the metric instance id for a metric violation.
  public var instance: String {
    get { storage.instance }
    set { update { $0.instance = newValue } }
  }
  /// The obligation id, or the metric id for a metric violation.
  public var subject: String {
    get { storage.subject }
    set { update { $0.subject = newValue } }
  }
  /// The responsible body.
  public var body: String {
    get { storage.body }
    set { update { $0.body = newValue } }
  }
  /// The title of the obligation, or the metric's name.
  public var title: String {
    get { storage.title }
    set { update { $0.title = newValue } }
  }
  /// The due date the violation is measured against: the instance's deadline,
  /// the report or publication deadline, or the metric's target date.
  public var due: Day? {
    get { storage.due }
    set { update { $0.due = newValue } }
  }
  /// The facts about the violation, as policies see them.
  public var facts: ViolationFacts {
    get { storage.facts }
    set { update { $0.facts = newValue } }
  }
  /// What the violation is measured from, for reports.
  public var details: ViolationDetails {
    get { storage.details }
    set { update { $0.details = newValue } }
  }
  /// The clause the obligation or metric comes from.
  public var source: SourceClause? {
    get { storage.source }
    set { update { $0.source = newValue } }
  }
  /// Where the obligation or metric is declared.
  public var location: SourceLocation {
    get { storage.location }
    set { update { $0.location = newValue } }
  }
  /// Why the rule is doubtful (待核实), when it is marked so: the violation is
  /// reported and escalates nothing.
  public var doubtful: String? {
    get { storage.doubtful }
    set { update { $0.doubtful = newValue } }
  }
  /// Whether the subject is a metric instance (a `missing` reading).
  public var isMetricSubject: Bool {
    get { storage.isMetricSubject }
    set { update { $0.isMetricSubject = newValue } }
  }
  /// The bodies that cooperate on the instance (配合单位), as its duty names them.
  public var cooperating: [String] {
    get { storage.cooperating }
    set { update { $0.cooperating = newValue } }
  }

  /// A key that is stable across snapshots: `overdue:water.sand-plan@zhangye`.
  public var key: String { "\(kind.rawValue):\(instance)" }

  /// The fields but the kind, shared by copies.
  private var storage: ViolationStorage

  /// Whether `other` is a violation of the same obligation found by the
  /// same check as this one (a duty's violations share that part).
  ///
  /// Its title, clause, place and doubt are then this one's, known without
  /// comparing them; `false` says nothing.
  func sharesDuty(with other: Violation) -> Bool {
    guard case .duty(let mine) = storage, case .duty(let theirs) = other.storage else {
      return false
    }
    return mine.values.duty === theirs.values.duty
  }

  /// The part this violation shares with the other violations of its
  /// obligation found by the same check, if it is a duty's: what a report
  /// makes of the obligation's text is made once for all of them
  /// (`DutyBytes`).
  var sharedDuty: ViolatedDuty? {
    guard case .duty(let violation) = storage else { return nil }
    return violation.values.duty
  }

  /// Creates a violation.
  init(
    kind: ViolationKind, instance: String, subject: String, body: String, title: String,
    due: Day?, facts: ViolationFacts, details: ViolationDetails, source: SourceClause?,
    location: SourceLocation, doubtful: String? = nil, isMetricSubject: Bool = false,
    cooperating: [String] = []
  ) {
    self.kind = kind
    storage = .fields(
      Shared(
        ViolationFields(
          instance: instance, subject: subject, body: body, title: title, due: due, facts: facts,
          details: details, source: source, location: location, doubtful: doubtful,
          isMetricSubject: isMetricSubject, cooperating: cooperating)))
  }

  /// A duty instance's violation.
  init(_ violation: DutyViolation) {
    kind = violation.values.kind
    storage = .duty(violation)
  }

  /// Replaces the storage by a box of every field with `change` made (a
  /// violation is changed rarely, and mostly before it is stored).
  private mutating func update(_ change: (inout ViolationFields) -> Void) {
    var fields = storage.fields
    change(&fields)
    storage = .fields(Shared(fields))
  }
}

/// What a violation is measured from, beyond its facts.
public struct ViolationDetails: Sendable, Hashable {
  /// The completion date, for duties completed.
  public var completed: Day?
  /// The report or publication date given late (unreported, unpublished),
  /// or the date of a false report.
  public var late: Day?
  /// The prerequisites completed later than the instance, or not at all.
  public var prerequisites: [String] = []
  /// The day of the metric reading.
  public var readingOn: Day?
  /// The value on the straight path at the reading's day (off track).
  public var pathValue: Double?
  /// The metric's target value.
  public var target: Double?
  /// The metric's unit.
  public var unit: String?
  /// The target's form, when it is more than one ceiling or floor.
  public var form: TargetForm?

  /// Creates empty details.
  public init() {}
}
