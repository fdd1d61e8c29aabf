/// Who reported, the first thing every check report shows.
///
/// Per body, whether any part of its return arrived, and its due instances
/// with no entry (未报送).
public struct ReturnSummary: Sendable, Equatable {
  /// One body's return.
  public struct BodyReturn: Sendable, Equatable {
    /// The body's id.
    public var body: String
    /// Its instances (and metric instances) in the plan.
    public var instances: Int
    /// How many of them the snapshot has an entry (or a reading) for.
    public var entries: Int
    /// Its instances due on or before the day checked with no entry, by id.
    public var missing: [String]

    /// Whether any part of the body's return arrived.
    public var reported: Bool { entries > 0 }
  }

  /// Every body with instances (in the checked scope), in the plan's order.
  public var bodies: [BodyReturn]

  /// The bodies whose return arrived, at least in part.
  public var reportedCount: Int { bodies.filter(\.reported).count }

  /// The due instances without an entry, over all bodies.
  public var missingCount: Int { bodies.reduce(0) { $0 + $1.missing.count } }

  /// The bodies a report lists one by one: those with due instances without
  /// an entry (a body with nothing due yet is counted, not listed).
  public var incomplete: [BodyReturn] { bodies.filter { !$0.missing.isEmpty } }

  /// Builds the summary of a snapshot.
  ///
  /// - Parameters:
  ///   - graph: the plan.
  ///   - snapshot: the (merged) snapshot.
  ///   - missing: the instances of the `missing` violations.
  ///   - scope: the bodies checked, `nil` for all.
  /// - Complexity: O(I + M) in the instances and metric instances.
  init(graph: ObligationGraph, snapshot: Snapshot, missing: [String], scope: Set<String>?) {
    var instances: [String: Int] = [:]
    var entries: [String: Int] = [:]
    for instance in graph.instances {
      instances[instance.body, default: 0] += 1
      if snapshot.obligations[instance.id] != nil { entries[instance.body, default: 0] += 1 }
    }
    for metric in graph.metricInstances {
      instances[metric.body, default: 0] += 1
      if snapshot.metrics[metric.id]?.isEmpty == false { entries[metric.body, default: 0] += 1 }
    }
    var missingByBody: [String: [String]] = [:]
    for id in missing.sorted() {
      guard let body = graph.instance(id)?.body else { continue }
      missingByBody[body, default: []].append(id)
    }
    bodies = graph.bodies.compactMap { body in
      guard let count = instances[body.id], scope?.contains(body.id) ?? true else { return nil }
      return BodyReturn(
        body: body.id, instances: count, entries: entries[body.id] ?? 0,
        missing: missingByBody[body.id] ?? [])
    }
  }
}
