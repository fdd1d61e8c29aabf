public import RuleParser

/// Where each instance's entry is written in the snapshot, and which
/// instances the check looked at: what SARIF, JUnit and GitHub reports add to
/// the rule's location, and what JUnit lists as passing.
///
/// Both are read from the snapshot when a report asks, one hash look-up per
/// instance: nothing is copied or sorted beforehand, so a report that shows
/// no entries pays nothing for them.
public struct SnapshotEntries: Sendable {
  /// The snapshot, or `nil` for a report made without one.
  private let snapshot: Snapshot?
  /// The instances due, by the snapshot's day.
  private let progress: PlanProgress?

  /// No entries (a report made without a snapshot).
  public init() {
    snapshot = nil
    progress = nil
  }

  /// The entries of a snapshot; `progress` gives the instances due.
  public init(snapshot: Snapshot, progress: PlanProgress) {
    self.snapshot = snapshot
    self.progress = progress
  }

  /// Where the entry of an instance (or the readings of a metric instance)
  /// starts, if the snapshot has one.
  public func location(of instance: String) -> SourceLocation? {
    guard let snapshot else { return nil }
    return snapshot.metricLocations[instance]?.start
      ?? snapshot.obligations.range(of: instance)?.start
  }

  /// The entry's place as `file:line:col`, if the instance has one.
  public func place(of instance: String) -> String? {
    location(of: instance).map { "\($0.file):\($0.line):\($0.column)" }
  }

  /// An instance the check looked at, by its position in the graph.
  public enum Checked: Sendable, Hashable {
    /// `graph.instances[position]`.
    case instance(Int)
    /// `graph.metricInstances[position]`.
    case metric(Int)

    /// The instance's id.
    public func id(in graph: ObligationGraph) -> String {
      switch self {
      case .instance(let position): graph.instances[position].id
      case .metric(let position): graph.metricInstances[position].id
      }
    }
  }

  /// Every instance with an entry or due by the snapshot's day, and every
  /// metric instance with readings, in id order.
  ///
  /// The snapshot holds only instances of `graph` (the check stops at any
  /// other), so the graph's sorted instances and metric instances give the
  /// order: no million ids are sorted again.
  public func checked(in graph: ObligationGraph) -> [Checked] {
    guard let snapshot, let progress else { return [] }
    // Those with an entry, and those due without one: the progress tally
    // knows both, instance by instance.
    let states = progress.states.states
    let instances = states.indices.filter {
      states[$0].hasEntry || states[$0].due.map { $0 <= progress.asOf } ?? false
    }
    let metrics = graph.metricInstances.indices.filter {
      snapshot.metrics[graph.metricInstances[$0].id] != nil
    }
    guard !metrics.isEmpty else { return instances.map(Checked.instance) }
    // Both lists are in id order: merged, each id once.
    var result: [Checked] = []
    result.reserveCapacity(instances.count + metrics.count)
    var (left, right) = (0, 0)
    while left < instances.count || right < metrics.count {
      let instance = left < instances.count ? graph.instances[instances[left]].id : nil
      let metric = right < metrics.count ? graph.metricInstances[metrics[right]].id : nil
      if let instance, metric.map({ instance <= $0 }) ?? true {
        result.append(.instance(instances[left]))
        left += 1
        if instance == metric { right += 1 }
      } else {
        result.append(.metric(metrics[right]))
        right += 1
      }
    }
    return result
  }
}

extension SnapshotEntries {
  /// Where the entries of the instances a report names in id order start:
  /// a snapshot lists its entries mostly in the plan's order, and an
  /// instance's findings come together, so the entry after the last one
  /// found, or the last one again, is compared before any id is hashed.
  struct Places {
    /// The snapshot's entries (none without a snapshot).
    private let obligations: InstanceStatusTable
    /// Where the readings of each metric instance start.
    private let metrics: [String: SourceRange]
    /// The instance asked for last, and where its entry starts.
    private var last: (instance: String, location: SourceLocation?)?
    /// The position of the entry found last, plus one.
    private var next = 0

    /// Places in `entries`, from the first entry.
    init(_ entries: SnapshotEntries) {
      obligations = entries.snapshot?.obligations ?? [:]
      metrics = entries.snapshot?.metricLocations ?? [:]
    }

    /// Where the entry of an instance (or the readings of a metric
    /// instance) starts, if the snapshot has one: as
    /// `SnapshotEntries.location(of:)` answers.
    mutating func location(of instance: String) -> SourceLocation? {
      if let last, last.instance == instance { return last.location }
      let location = find(instance)
      last = (instance, location)
      return location
    }

    private mutating func find(_ instance: String) -> SourceLocation? {
      if !metrics.isEmpty, let metric = metrics[instance] { return metric.start }
      guard let position = obligations.position(of: instance, expected: next) else { return nil }
      next = position + 1
      return obligations.range(at: position).start
    }
  }
}
