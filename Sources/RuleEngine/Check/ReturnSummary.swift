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
    // Counted by the body's position in the plan: one look-up per instance.
    var positions: [String: Int] = [:]
    for (position, body) in graph.bodies.enumerated() { positions[body.id] = position }
    var instances = [Int](repeating: 0, count: graph.bodies.count)
    var entries = instances
    for instance in graph.instances {
      guard let position = positions[instance.body] else { continue }
      instances[position] += 1
      if snapshot.obligations[instance.id] != nil { entries[position] += 1 }
    }
    for metric in graph.metricInstances {
      guard let position = positions[metric.body] else { continue }
      instances[position] += 1
      if snapshot.metrics[metric.id]?.isEmpty == false { entries[position] += 1 }
    }
    var missingByBody: [String: [String]] = [:]
    for id in missing.sorted() {
      guard let body = graph.instance(id)?.body else { continue }
      missingByBody[body, default: []].append(id)
    }
    bodies = graph.bodies.indices.compactMap { position in
      let body = graph.bodies[position].id
      guard instances[position] > 0, scope?.contains(body) ?? true else { return nil }
      return BodyReturn(
        body: body, instances: instances[position], entries: entries[position],
        missing: missingByBody[body] ?? [])
    }
  }
}
