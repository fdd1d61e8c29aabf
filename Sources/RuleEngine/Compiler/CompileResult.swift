import Foundation
public import RuleParser

/// What a compilation produced: the graph when there were no errors, and
/// every diagnostic.
public struct CompileResult: Sendable {
  /// The obligation graph, or `nil` when an error was reported.
  ///
  /// The graph is put together (its instances sorted by id) when it is
  /// first read: a run that only reports diagnostics, such as `rulec lint`,
  /// never sorts a million instances.
  public var graph: ObligationGraph? {
    get { graphSource.graph }
    set { graphSource = PendingGraph(newValue) }
  }
  /// The number of obligations, instances and policies of the graph,
  /// without putting it together; `nil` when there is no graph.
  public var counts: (obligations: Int, instances: Int, policies: Int)? {
    graphSource.counts
  }
  /// Every diagnostic of the run.
  public var diagnostics: Diagnostics
  /// The source document's text, when the plan names one that could be read.
  public var document: SourceDocument?
  /// The passages whose time expressions are explained rather than ruled.
  public var explanations: [Explanation]

  private var graphSource: PendingGraph

  /// A result with a graph (or none).
  init(
    graph: ObligationGraph?, diagnostics: Diagnostics, document: SourceDocument?,
    explanations: [Explanation]
  ) {
    graphSource = PendingGraph(graph)
    self.diagnostics = diagnostics
    self.document = document
    self.explanations = explanations
  }

  /// A result whose graph is put together from `parts` when first read.
  init(
    graphParts parts: PendingGraph.Parts, diagnostics: Diagnostics, document: SourceDocument?,
    explanations: [Explanation]
  ) {
    graphSource = PendingGraph(parts)
    self.diagnostics = diagnostics
    self.document = document
    self.explanations = explanations
  }
}

/// A graph to be put together on first use, shared by copies of a result.
final class PendingGraph: @unchecked Sendable {
  /// What the graph is made of, its instances not yet sorted.
  struct Parts {
    var plan: Plan
    var bodies: [Body]
    var obligations: [Obligation]
    var instances: [Instance]
    var metrics: [Metric]
    var metricInstances: [MetricInstance]
    var policies: [Policy]
    var classes: [ObligationClass] = []
    /// Where each obligation's instances are in `instances`, by the
    /// obligation's position in `obligations` (as expansion made them).
    var runs: [Range<Int>]? = nil
    /// What names `instances`, when expansion left them unnamed (a caller
    /// that reads no graph): the graph names them when first read.
    var unnamed: UnnamedInstances? = nil
    /// The positions of the instances in the order of their ids, when
    /// worked out ahead (`ObligationGraph.sortedPositions(of:near:)`).
    var sortedOrder: [Int]? = nil

    /// The positions of the instances, obligation by obligation in the
    /// order of the obligations' ids: close to the order of the instances'
    /// own ids (`a.b@x` sorts after `a.b.c`, so not always the same);
    /// `nil` when the runs do not cover every instance once.
    var nearOrder: [Int]? {
      guard let runs, runs.count == obligations.count,
        runs.reduce(0, { $0 + $1.count }) == instances.count
      else { return nil }
      var order: [Int] = []
      order.reserveCapacity(instances.count)
      for obligation in IDOrder.sortedPositions(obligations.map(\.id)) {
        order.append(contentsOf: runs[obligation])
      }
      return order
    }
  }

  private let lock = NSLock()
  private var parts: Parts?
  private var built: ObligationGraph?

  /// A graph already put together (or none).
  init(_ graph: ObligationGraph?) {
    built = graph
  }

  /// A graph to put together from `parts`.
  init(_ parts: Parts) {
    self.parts = parts
  }

  /// The number of obligations, instances and policies.
  var counts: (obligations: Int, instances: Int, policies: Int)? {
    lock.lock()
    defer { lock.unlock() }
    if let parts {
      return (parts.obligations.count, parts.instances.count, parts.policies.count)
    }
    return built.map { ($0.obligations.count, $0.instances.count, $0.policies.count) }
  }

  /// The graph, put together at the first call.
  var graph: ObligationGraph? {
    lock.lock()
    defer { lock.unlock() }
    if var parts = parts.take() {
      if let unnamed = parts.unnamed.take() { unnamed.name(&parts.instances) }
      // Taken out so that the graph sorts the only reference in place.
      let sorted =
        parts.sortedOrder
        ?? ObligationGraph.sortedPositions(of: parts.instances, near: parts.nearOrder)
      let instances = parts.instances
      parts.instances = []
      built = ObligationGraph(
        plan: parts.plan, bodies: parts.bodies, obligations: parts.obligations,
        sorting: consume instances, inOrder: sorted, metrics: parts.metrics,
        metricInstances: parts.metricInstances, policies: parts.policies)
      built?.classes = parts.classes
    }
    return built
  }
}

/// A passage of the document that is deliberately not a rule.
public struct Explanation: Sendable {
  /// The passage.
  public var quote: String
  /// Why it is not a rule.
  public var reason: String
  /// The document line where the passage starts.
  public var documentLine: Int?
  /// Where the explanation is written.
  public var location: SourceLocation
}
