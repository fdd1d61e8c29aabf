import RuleParser

/// The compiled plan: every body, duty, instance, metric and policy, resolved
/// and checked, in a stable order (sorted by id).
///
/// This is what `rulec compile` writes and what `check`, `calendar`,
/// `ledger` and `graph` read.
public struct ObligationGraph: Sendable {
  /// The plan's identity and defaults.
  public var plan: Plan
  /// All bodies, sorted by id.
  public var bodies: [Body]
  /// All obligations as declared, sorted by id.
  public var obligations: [Obligation]
  /// All instances (per body, per occurrence), sorted by id.
  public var instances: [Instance]
  /// All metrics, sorted by id.
  public var metrics: [Metric]
  /// All metric instances (per body), sorted by id.
  public var metricInstances: [MetricInstance]
  /// All policies, sorted by id.
  public var policies: [Policy]
  /// The time-limit classes the plan declares, in declaration order.
  public var classes: [ObligationClass] = []

  /// Creates a graph; the arrays are sorted by id here.
  public init(
    plan: Plan, bodies: [Body], obligations: [Obligation], instances: [Instance],
    metrics: [Metric], metricInstances: [MetricInstance], policies: [Policy]
  ) {
    self.plan = plan
    self.bodies = Self.sortedByID(bodies, id: \.id)
    self.obligations = Self.sortedByID(obligations, id: \.id)
    self.instances = Self.sortedByID(instances, id: \.id)
    self.metrics = Self.sortedByID(metrics, id: \.id)
    self.metricInstances = Self.sortedByID(metricInstances, id: \.id)
    self.policies = Self.sortedByID(policies, id: \.id)
  }

  /// Creates a graph from instances it may sort in place (the compiler's
  /// million instances are not copied); `order`, a permutation of their
  /// positions close to the order of their ids, makes sorting them faster.
  init(
    plan: Plan, bodies: [Body], obligations: [Obligation], sorting instances: consuming [Instance],
    nearOrder order: [Int]? = nil, metrics: [Metric], metricInstances: [MetricInstance],
    policies: [Policy]
  ) {
    let sorted = Self.sortedPositions(of: instances, near: order)
    self.init(
      plan: plan, bodies: bodies, obligations: obligations, sorting: instances, inOrder: sorted,
      metrics: metrics, metricInstances: metricInstances, policies: policies)
  }

  /// Creates a graph from instances it puts in place; `sorted`, from
  /// `sortedPositions(of:near:)`, lists their positions in the order of
  /// their ids.
  init(
    plan: Plan, bodies: [Body], obligations: [Obligation], sorting instances: consuming [Instance],
    inOrder sorted: [Int], metrics: [Metric], metricInstances: [MetricInstance],
    policies: [Policy]
  ) {
    self.init(
      plan: plan, bodies: bodies, obligations: obligations, instances: [], metrics: metrics,
      metricInstances: metricInstances, policies: policies)
    var instances = instances
    Self.permute(&instances, to: sorted)
    self.instances = instances
  }

  /// The positions of `instances` in the order of their ids, equal ids by
  /// position; `order`, a permutation close to that, makes it faster.
  ///
  /// Reads the instances only: it can be worked out beside other readers.
  static func sortedPositions(of instances: [Instance], near order: [Int]?) -> [Int] {
    order.flatMap { isInOrder(instances, $0) ? $0 : nil }
      ?? IDOrder.sortedPositions(instances.map(\.id), from: order)
  }

  /// Whether `order` lists `instances` in the order of their ids, equal
  /// ids by position (what sorting them would give).
  ///
  /// Expansion's order is that for most plans, and one comparison per
  /// pair, the ids read in place, costs a fraction of sorting them.
  ///
  /// - Complexity: O(n) comparisons of ids.
  private static func isInOrder(_ instances: [Instance], _ order: [Int]) -> Bool {
    instances.withUnsafeBufferPointer { instances in
      for next in order.indices.dropFirst() {
        let (left, right) = (order[next - 1], order[next])
        if instances[left].id < instances[right].id { continue }
        guard left < right, instances[left].id == instances[right].id else { return false }
      }
      return true
    }
  }

  /// Puts the value at `order[i]` at position `i`, moving each value once
  /// along the permutation's cycles: the first value of a cycle is taken
  /// out, each hole is filled from the position the order names, and the
  /// last hole takes the first value.
  ///
  /// Moves rather than swaps (a swap moves three values for one placed);
  /// the unsafe part is here alone: between taking a cycle's first value
  /// out and putting it back nothing else runs, so the array is never read
  /// with a hole.
  ///
  /// - Complexity: O(n) moves; no value is copied.
  private static func permute<Value>(_ values: inout [Value], to order: [Int]) {
    var placed = [Bool](repeating: false, count: order.count)
    values.withUnsafeMutableBufferPointer { values in
      guard let base = values.baseAddress else { return }
      for start in order.indices where !placed[start] {
        placed[start] = true
        guard order[start] != start else { continue }
        let first = (base + start).move()
        var hole = start
        while order[hole] != start {
          (base + hole).moveInitialize(from: base + order[hole], count: 1)
          hole = order[hole]
          placed[hole] = true
        }
        (base + hole).initialize(to: first)
      }
    }
  }

  /// Values sorted by id.
  ///
  /// Sorts positions rather than the (large) values themselves.
  ///
  /// - Complexity: O(n log n) comparisons of ids, O(n) moves.
  private static func sortedByID<Value>(_ values: [Value], id: (Value) -> String) -> [Value] {
    let order = IDOrder.sortedPositions(values.map(id))
    // Values already in order are kept, not copied one by one.
    return order.elementsEqual(values.indices) ? values : order.map { values[$0] }
  }

  /// The body with an id.
  ///
  /// - Complexity: O(log n), as every look-up by id (binary search).
  public func body(_ id: String) -> Body? { Self.find(id, in: bodies) { $0.id } }
  /// The obligation with an id.
  public func obligation(_ id: String) -> Obligation? {
    Self.find(id, in: obligations) { $0.id }
  }
  /// The instance with an id.
  public func instance(_ id: String) -> Instance? { Self.find(id, in: instances) { $0.id } }
  /// The metric with an id.
  public func metric(_ id: String) -> Metric? { Self.find(id, in: metrics) { $0.id } }
  /// The metric instance with an id.
  public func metricInstance(_ id: String) -> MetricInstance? {
    Self.find(id, in: metricInstances) { $0.id }
  }
  /// The policy with an id.
  public func policy(_ id: String) -> Policy? { Self.find(id, in: policies) { $0.id } }

  private static func find<Value>(
    _ id: String, in sorted: [Value], id elementID: (Value) -> String
  ) -> Value? {
    IDOrder.position(of: id, in: sorted, id: elementID).map { sorted[$0] }
  }

  /// The bodies a body stands for: itself, or for a group its members
  /// (recursively), in declaration order without repeats.
  public func expand(body id: String) -> [String] {
    var seen: Set<String> = []
    var result: [String] = []
    func visit(_ id: String) {
      guard seen.insert(id).inserted else { return }
      guard let body = body(id), !body.members.isEmpty else {
        result.append(id)
        return
      }
      for member in body.members { visit(member) }
    }
    visit(id)
    return result
  }
}
