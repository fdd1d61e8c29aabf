public import RuleParser

/// A status snapshot: what the office knows of every duty on one day.
///
/// Read from JSON (`rulec check snapshot.json`) or from a filled-in ledger
/// CSV; every value keeps the location it was read from.
public struct Snapshot: Sendable {
  /// The plan id the snapshot is for, if it names one.
  public var plan: Located<String>?
  /// The day the snapshot describes (`as_of`, or `--as-of`).
  public var asOf: Located<Day>
  /// The status of each instance, by instance id.
  public var obligations: InstanceStatusTable
  /// The readings of each metric instance, by metric instance id, oldest first.
  public var metrics: [String: [MetricReading]]
  /// Escalation steps already taken.
  public var actions: [RecordedAction]
  /// Where the snapshot came from (a path, or `-` for standard input).
  public var path: String
  /// Where each metric instance id of `metrics` is written, for messages.
  public var metricLocations: [String: SourceRange]
  /// The bodies the snapshot is about, when it is about some only.
  ///
  /// A ledger made with `rulec ledger --body` records its body (a group: its
  /// members). `nil` for the whole plan.
  public var scope: Set<String>?

  /// Creates a snapshot.
  public init(
    plan: Located<String>?, asOf: Located<Day>, obligations: InstanceStatusTable,
    metrics: [String: [MetricReading]], actions: [RecordedAction], path: String,
    metricLocations: [String: SourceRange] = [:], scope: Set<String>? = nil
  ) {
    self.plan = plan
    self.asOf = asOf
    self.obligations = obligations
    self.metrics = metrics
    self.actions = actions
    self.path = path
    self.metricLocations = metricLocations
    self.scope = scope
  }
}

/// The progress of an instance as a body reports it.
public enum InstanceProgress: String, Sendable, CaseIterable, Codable {
  /// Not begun.
  case notStarted = "not_started"
  /// Under way.
  case inProgress = "in_progress"
  /// Claimed done by the body.
  case done
  /// Accepted and struck off the ledger (销号).
  case closed

  /// Whether the duty counts as completed.
  public var isComplete: Bool { self == .done || self == .closed }
}

/// One instance's entry in a snapshot.
///
/// A snapshot holds an entry for each of up to a million instances, and
/// most entries give only a status and a date or two: the fields most leave
/// out are held apart, in one shared box, so that an entry without them
/// takes half the memory.
public struct InstanceStatus: Sendable {
  // Stored in this order so that the status (36 bytes, aligned to 4) fills
  // the end of the completion day's 48 (41 used): an entry takes 184 bytes,
  // not 192, and a million of them are read into fresh memory.

  /// The instance id, as written.
  public var instance: Located<String>
  /// When it was completed.
  public var completed: Located<Day>?
  /// The reported progress.
  public var status: Located<InstanceProgress>
  /// When completion was reported to the office.
  public var reported: Located<Day>?
  /// The fields most entries leave out; `nil` when all are.
  private var rare: Shared<RareFields>?

  /// When the result was made public.
  public var published: Located<Day>? {
    get { rare?.value.published }
    set { updateRare { $0.published = newValue } }
  }
  /// Whether the report was found to be untrue (反馈整改情况失实).
  public var falseReport: Located<Bool>? {
    get { rare?.value.falseReport }
    set { updateRare { $0.falseReport = newValue } }
  }
  /// The share done, 0...1.
  public var progress: Located<Double>? {
    get { rare?.value.progress }
    set { updateRare { $0.progress = newValue } }
  }
  /// A free note.
  public var note: String? {
    get { rare?.value.note }
    set { updateRare { $0.note = newValue } }
  }
  /// The 销号 evidence: when and by whom the rectification was accepted, and
  /// the supporting material.
  public var acceptance: Acceptance {
    get { rare?.value.acceptance ?? Acceptance() }
    set { updateRare { $0.acceptance = newValue } }
  }

  /// Creates an entry.
  public init(
    instance: Located<String>, status: Located<InstanceProgress>,
    completed: Located<Day>? = nil, reported: Located<Day>? = nil,
    published: Located<Day>? = nil, falseReport: Located<Bool>? = nil,
    progress: Located<Double>? = nil, note: String? = nil, acceptance: Acceptance = Acceptance()
  ) {
    self.instance = instance
    self.status = status
    self.completed = completed
    self.reported = reported
    let rare = RareFields(
      published: published, falseReport: falseReport, progress: progress, note: note,
      acceptance: acceptance)
    self.rare = rare.isEmpty ? nil : Shared(rare)
  }

  /// An entry with none of the rarely given fields: what most entries of a
  /// large snapshot are, made without them.
  init(
    instance: Located<String>, status: Located<InstanceProgress>, completed: Located<Day>?,
    reported: Located<Day>?
  ) {
    self.instance = instance
    self.status = status
    self.completed = completed
    self.reported = reported
  }

  /// Whether any of the rarely given fields (`published`, `falseReport`,
  /// `progress`, `note`, `acceptance`) is given.
  var hasRareFields: Bool { rare != nil }

  /// Replaces the box of rare fields by one changed by `change` (an entry
  /// is changed rarely, and never after it is read).
  private mutating func updateRare(_ change: (inout RareFields) -> Void) {
    var values = rare?.value ?? RareFields()
    change(&values)
    rare = values.isEmpty ? nil : Shared(values)
  }

  /// Whether two entries say the same (their locations aside): the test for
  /// one instance reported in two inputs of `rulec check`.
  public func sameContent(as other: InstanceStatus) -> Bool {
    status.value == other.status.value && completed?.value == other.completed?.value
      && reported?.value == other.reported?.value && published?.value == other.published?.value
      && falseReport?.value == other.falseReport?.value && progress?.value == other.progress?.value
      && note == other.note && acceptance == other.acceptance
  }
}

/// The fields of an entry most entries leave out, held in a `Shared` box.
private struct RareFields: Sendable {
  var published: Located<Day>?
  var falseReport: Located<Bool>?
  var progress: Located<Double>?
  var note: String?
  var acceptance = Acceptance()

  /// Whether every field is left out.
  var isEmpty: Bool {
    published == nil && falseReport == nil && progress == nil && note == nil
      && acceptance.isEmpty && acceptance.onRange == nil
  }
}

/// The evidence of a 销号: the acceptance of a rectification by the office.
public struct Acceptance: Sendable, Equatable {
  /// When it was accepted (验收日期).
  public var on: Day?
  /// Where `on` was written, for messages.
  public var onRange: SourceRange?
  /// Who accepted it (验收单位).
  public var by: String?
  /// The supporting material (佐证材料).
  public var evidence: String?

  /// Creates the evidence.
  public init(
    on: Located<Day>? = nil, by: String? = nil, evidence: String? = nil
  ) {
    self.on = on?.value
    self.onRange = on?.range
    self.by = by
    self.evidence = evidence
  }

  /// Whether nothing is recorded.
  public var isEmpty: Bool { on == nil && by == nil && evidence == nil }

  public static func == (lhs: Acceptance, rhs: Acceptance) -> Bool {
    lhs.on == rhs.on && lhs.by == rhs.by && lhs.evidence == rhs.evidence
  }
}

/// One reading of a metric.
public struct MetricReading: Sendable {
  /// The day of the reading.
  public var on: Located<Day>
  /// The value.
  public var value: Located<Double>

  /// Creates a reading.
  public init(on: Located<Day>, value: Located<Double>) {
    self.on = on
    self.value = value
  }
}

/// An escalation step already taken, from the snapshot's `actions` log.
public struct RecordedAction: Sendable {
  /// What was done.
  public var action: Located<EscalationAction>
  /// To which instance (or metric instance).
  public var instance: Located<String>
  /// When.
  public var on: Located<Day>
  /// Who took it (a body's name or id), when recorded.
  public var by: String?

  /// Creates a record.
  public init(
    action: Located<EscalationAction>, instance: Located<String>, on: Located<Day>,
    by: String? = nil
  ) {
    self.action = action
    self.instance = instance
    self.on = on
    self.by = by
  }

  /// Whether two records say the same (their locations aside).
  public func sameContent(as other: RecordedAction) -> Bool {
    action.value == other.action.value && instance.value == other.instance.value
      && on.value == other.on.value && by == other.by
  }
}
