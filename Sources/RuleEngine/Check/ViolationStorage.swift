import RuleParser

/// Where a `Violation` keeps its fields but the kind: a duty's in its
/// small `DutyViolation`, any other's in a box of every field.
///
/// Either is one reference, so copying a violation counts one; reading a
/// field tells the two apart first (a byte of the reference's spare bits).
enum ViolationStorage: Sendable {
  /// A duty instance's violation, as `InstanceEvaluator` found it.
  case duty(DutyViolation)
  /// Every field, boxed: a metric's violation, or one whose field was set.
  case fields(Shared<ViolationFields>)

  /// `Violation.instance`.
  var instance: String {
    switch self {
    case .duty(let violation): violation.values.instance
    case .fields(let fields): fields.value.instance
    }
  }

  /// `Violation.subject`.
  var subject: String {
    switch self {
    case .duty(let violation): violation.values.duty.id
    case .fields(let fields): fields.value.subject
    }
  }

  /// `Violation.body`.
  var body: String {
    switch self {
    case .duty(let violation): violation.values.body
    case .fields(let fields): fields.value.body
    }
  }

  /// `Violation.title`.
  var title: String {
    switch self {
    case .duty(let violation): violation.values.duty.title
    case .fields(let fields): fields.value.title
    }
  }

  /// `Violation.due`.
  var due: Day? {
    switch self {
    case .duty(let violation): violation.values.due
    case .fields(let fields): fields.value.due
    }
  }

  /// `Violation.facts`.
  var facts: ViolationFacts {
    switch self {
    case .duty(let violation): ViolationFacts(duty: violation)
    case .fields(let fields): fields.value.facts
    }
  }

  /// `Violation.details`.
  var details: ViolationDetails {
    switch self {
    case .duty(let violation): violation.details
    case .fields(let fields): fields.value.details
    }
  }

  /// `Violation.source`.
  var source: SourceClause? {
    switch self {
    case .duty(let violation): violation.values.duty.source
    case .fields(let fields): fields.value.source
    }
  }

  /// `Violation.location`.
  var location: SourceLocation {
    switch self {
    case .duty(let violation): violation.values.duty.location
    case .fields(let fields): fields.value.location
    }
  }

  /// `Violation.doubtful`.
  var doubtful: String? {
    switch self {
    case .duty(let violation): violation.values.duty.doubtful
    case .fields(let fields): fields.value.doubtful
    }
  }

  /// `Violation.isMetricSubject`.
  var isMetricSubject: Bool {
    switch self {
    case .duty: false
    case .fields(let fields): fields.value.isMetricSubject
    }
  }

  /// `Violation.cooperating`.
  var cooperating: [String] {
    switch self {
    case .duty(let violation): violation.values.cooperating
    case .fields(let fields): fields.value.cooperating
    }
  }

  /// Every field, as a box holds them.
  var fields: ViolationFields {
    switch self {
    case .duty:
      ViolationFields(
        instance: instance, subject: subject, body: body, title: title, due: due, facts: facts,
        details: details, source: source, location: location, doubtful: doubtful,
        isMetricSubject: false, cooperating: cooperating)
    case .fields(let fields): fields.value
    }
  }
}

/// The fields of a violation but its kind, as a box holds them.
struct ViolationFields: Sendable {
  var instance: String
  var subject: String
  var body: String
  var title: String
  var due: Day?
  var facts: ViolationFacts
  var details: ViolationDetails
  var source: SourceClause?
  var location: SourceLocation
  var doubtful: String?
  var isMetricSubject: Bool
  var cooperating: [String]
}
