public import RuleParser

/// Where each instance's entry is written in the snapshot, and which
/// instances the check looked at: what SARIF, JUnit and GitHub reports add to
/// the rule's location, and what JUnit lists as passing.
public struct SnapshotEntries: Sendable {
  /// The entry of each instance (`obligations`) and metric instance
  /// (`metrics`), by id.
  public var locations: [String: SourceLocation]
  /// Every instance with an entry or due by the snapshot's day, and every
  /// metric instance with readings, sorted.
  public var checked: [String]

  /// No entries (a report made without a snapshot).
  public init() {
    locations = [:]
    checked = []
  }

  /// The entries of a snapshot; `progress` gives the instances due.
  public init(snapshot: Snapshot, progress: PlanProgress) {
    var locations: [String: SourceLocation] = [:]
    for (id, entry) in snapshot.obligations { locations[id] = entry.instance.range.start }
    for (id, range) in snapshot.metricLocations { locations[id] = range.start }
    self.locations = locations
    var checked = Set(snapshot.obligations.keys).union(snapshot.metrics.keys)
    for deadline in progress.deadlines where deadline.due <= progress.asOf {
      checked.insert(deadline.instance)
    }
    self.checked = checked.sorted()
  }

  /// The entry's place as `file:line:col`, if the instance has one.
  public func place(of instance: String) -> String? {
    locations[instance].map { "\($0.file):\($0.line):\($0.column)" }
  }
}
