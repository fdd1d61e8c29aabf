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

  private let bodyIndex: [String: Int]
  private let obligationIndex: [String: Int]
  private let instanceIndex: [String: Int]
  private let metricIndex: [String: Int]
  private let metricInstanceIndex: [String: Int]
  private let policyIndex: [String: Int]

  /// Creates a graph; the arrays are sorted by id here.
  public init(
    plan: Plan, bodies: [Body], obligations: [Obligation], instances: [Instance],
    metrics: [Metric], metricInstances: [MetricInstance], policies: [Policy]
  ) {
    self.plan = plan
    self.bodies = bodies.sorted { $0.id < $1.id }
    self.obligations = obligations.sorted { $0.id < $1.id }
    self.instances = Self.sortedByID(instances)
    self.metrics = metrics.sorted { $0.id < $1.id }
    self.metricInstances = metricInstances.sorted { $0.id < $1.id }
    self.policies = policies.sorted { $0.id < $1.id }
    bodyIndex = Self.index(self.bodies.map(\.id))
    obligationIndex = Self.index(self.obligations.map(\.id))
    instanceIndex = Self.index(self.instances.map(\.id))
    metricIndex = Self.index(self.metrics.map(\.id))
    metricInstanceIndex = Self.index(self.metricInstances.map(\.id))
    policyIndex = Self.index(self.policies.map(\.id))
  }

  /// Instances sorted by id. Sorts positions rather than the (large)
  /// instances themselves, grouping by obligation first so that most
  /// comparisons are between short runs.
  ///
  /// - Complexity: O(n log n) comparisons of ids, O(n) moves.
  private static func sortedByID(_ instances: [Instance]) -> [Instance] {
    let order = instances.indices.sorted { instances[$0].id < instances[$1].id }
    return order.map { instances[$0] }
  }

  private static func index(_ ids: [String]) -> [String: Int] {
    Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The body with an id.
  public func body(_ id: String) -> Body? { bodyIndex[id].map { bodies[$0] } }
  /// The obligation with an id.
  public func obligation(_ id: String) -> Obligation? {
    obligationIndex[id].map { obligations[$0] }
  }
  /// The instance with an id.
  public func instance(_ id: String) -> Instance? { instanceIndex[id].map { instances[$0] } }
  /// The metric with an id.
  public func metric(_ id: String) -> Metric? { metricIndex[id].map { metrics[$0] } }
  /// The metric instance with an id.
  public func metricInstance(_ id: String) -> MetricInstance? {
    metricInstanceIndex[id].map { metricInstances[$0] }
  }
  /// The policy with an id.
  public func policy(_ id: String) -> Policy? { policyIndex[id].map { policies[$0] } }

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
