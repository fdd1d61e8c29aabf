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

  /// Builds the summary of a snapshot from what `Checker` learned of each
  /// instance.
  ///
  /// - Parameters:
  ///   - graph: the plan.
  ///   - snapshot: the (merged) snapshot, for its metric readings.
  ///   - states: each instance's state, with the `missing` ones marked.
  ///   - scope: the bodies checked, `nil` for all.
  /// - Complexity: O(I + M) in the instances and metric instances.
  init(graph: ObligationGraph, snapshot: Snapshot, states: InstanceStates, scope: Set<String>?) {
    // Counted by the body's position in the plan.
    var instances = [Int](repeating: 0, count: graph.bodies.count)
    var entries = instances
    var missingByBody = [[String]](repeating: [], count: graph.bodies.count)
    for (position, state) in states.states.enumerated() where state.body >= 0 {
      let body = Int(state.body)
      instances[body] += 1
      if state.hasEntry { entries[body] += 1 }
      // In the graph's order, which is id order.
      if state.isMissing { missingByBody[body].append(graph.instances[position].id) }
    }
    let positions = BodyPositions(graph: graph)
    for metric in graph.metricInstances {
      guard let position = positions.position(of: metric.body) else { continue }
      instances[position] += 1
      if snapshot.metrics[metric.id]?.isEmpty == false { entries[position] += 1 }
    }
    bodies = graph.bodies.indices.compactMap { position in
      let body = graph.bodies[position].id
      guard instances[position] > 0, scope?.contains(body) ?? true else { return nil }
      return BodyReturn(
        body: body, instances: instances[position], entries: entries[position],
        missing: missingByBody[position])
    }
  }
}
