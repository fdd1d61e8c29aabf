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
public struct InstanceStatus: Sendable {
  /// The instance id, as written.
  public var instance: Located<String>
  /// The reported progress.
  public var status: Located<InstanceProgress>
  /// When it was completed.
  public var completed: Located<Day>?
  /// When completion was reported to the office.
  public var reported: Located<Day>?
  /// When the result was made public.
  public var published: Located<Day>?
  /// Whether the report was found to be untrue (反馈整改情况失实).
  public var falseReport: Located<Bool>?
  /// The share done, 0...1.
  public var progress: Located<Double>?
  /// A free note.
  public var note: String?
  /// The 销号 evidence: when and by whom the rectification was accepted, and
  /// the supporting material.
  public var acceptance: Acceptance

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
    self.published = published
    self.falseReport = falseReport
    self.progress = progress
    self.note = note
    self.acceptance = acceptance
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
