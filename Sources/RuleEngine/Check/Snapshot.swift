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
  public var obligations: [String: InstanceStatus]
  /// The readings of each metric instance, by metric instance id, oldest first.
  public var metrics: [String: [MetricReading]]
  /// Escalation steps already taken.
  public var actions: [RecordedAction]
  /// Where the snapshot came from (a path, or `-` for standard input).
  public var path: String
  /// Where each metric instance id of `metrics` is written, for messages.
  public var metricLocations: [String: SourceRange]

  /// Creates a snapshot.
  public init(
    plan: Located<String>?, asOf: Located<Day>, obligations: [String: InstanceStatus],
    metrics: [String: [MetricReading]], actions: [RecordedAction], path: String,
    metricLocations: [String: SourceRange] = [:]
  ) {
    self.plan = plan
    self.asOf = asOf
    self.obligations = obligations
    self.metrics = metrics
    self.actions = actions
    self.path = path
    self.metricLocations = metricLocations
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

  /// Creates an entry.
  public init(
    instance: Located<String>, status: Located<InstanceProgress>,
    completed: Located<Day>? = nil, reported: Located<Day>? = nil,
    published: Located<Day>? = nil, falseReport: Located<Bool>? = nil,
    progress: Located<Double>? = nil, note: String? = nil
  ) {
    self.instance = instance
    self.status = status
    self.completed = completed
    self.reported = reported
    self.published = published
    self.falseReport = falseReport
    self.progress = progress
    self.note = note
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

  /// Creates a record.
  public init(action: Located<EscalationAction>, instance: Located<String>, on: Located<Day>) {
    self.action = action
    self.instance = instance
    self.on = on
  }
}
