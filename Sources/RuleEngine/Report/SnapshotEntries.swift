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
      ?? snapshot.obligations[instance]?.instance.range.start
  }

  /// The entry's place as `file:line:col`, if the instance has one.
  public func place(of instance: String) -> String? {
    location(of: instance).map { "\($0.file):\($0.line):\($0.column)" }
  }

  /// Every instance with an entry or due by the snapshot's day, and every
  /// metric instance with readings, in id order.
  ///
  /// The snapshot holds only instances of `graph` (the check stops at any
  /// other), so the graph's sorted instances and metric instances give the
  /// order: no million ids are sorted again.
  public func checked(in graph: ObligationGraph) -> [String] {
    guard let snapshot, let progress else { return [] }
    // Due instances without an entry: usually few.
    var dueWithoutEntry = Set<String>()
    for deadline in progress.deadlines where deadline.due <= progress.asOf {
      if snapshot.obligations[deadline.instance] == nil {
        dueWithoutEntry.insert(deadline.instance)
      }
    }
    let instances = graph.instances.lazy.map(\.id).filter {
      snapshot.obligations[$0] != nil || dueWithoutEntry.contains($0)
    }
    let metrics = graph.metricInstances.lazy.map(\.id).filter { snapshot.metrics[$0] != nil }
    return Self.merged(Array(instances), Array(metrics))
  }

  /// Two sorted lists of ids as one, each id once.
  private static func merged(_ first: [String], _ second: [String]) -> [String] {
    guard !second.isEmpty else { return first }
    var result: [String] = []
    result.reserveCapacity(first.count + second.count)
    var (left, right) = (0, 0)
    while left < first.count || right < second.count {
      if right == second.count || left < first.count && first[left] < second[right] {
        result.append(first[left])
        left += 1
      } else if left == first.count || second[right] < first[left] {
        result.append(second[right])
        right += 1
      } else {
        result.append(first[left])
        (left, right) = (left + 1, right + 1)
      }
    }
    return result
  }
}
