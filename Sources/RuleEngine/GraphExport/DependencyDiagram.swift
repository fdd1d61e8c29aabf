public import RuleParser

/// A picture of the obligation graph, ready to be drawn as DOT or Mermaid:
/// nodes (obligations or instances) in clusters by body, dependency edges,
/// and the critical chain.
///
/// Built by `init(graph:granularity:focus:snapshot:)`; drawn by `dot()`,
/// `mermaid()` and `criticalChainText(language:)`.
public struct DependencyDiagram: Sendable {
  /// What a node stands for.
  public enum Granularity: String, Sendable, CaseIterable {
    /// One node per obligation, in the cluster of its first responsible body
    /// as written (the lead body, 牵头单位; a group such as 各市州 is one cluster).
    case obligations
    /// One node per instance, in the cluster of its body.
    case instances
  }

  /// A duty in the picture.
  public struct Node: Sendable, Hashable {
    /// The obligation or instance id.
    public var id: String
    /// The obligation's title.
    public var title: String
    /// The cluster (body id) it is drawn in.
    public var cluster: String
    /// The due date: the instance's, or the latest of an obligation's instances.
    public var due: Day?
    /// The time-limit class.
    public var obligationClass: ObligationClass?
    /// How many of its instances are in each status, with a snapshot
    /// (empty without one).
    public var shades: [StatusShade: Int]

    /// The node's overall status, with a snapshot: violated when any instance
    /// is, closed or done when all are, in progress when some work is
    /// reported, otherwise not started or without entry.
    public var shade: StatusShade? { StatusShade.overall(shades) }
  }

  /// A dependency: `to` waits for `from`.
  public struct Edge: Sendable, Hashable {
    /// The prerequisite.
    public var from: String
    /// The dependent duty.
    public var to: String
  }

  /// A body and the nodes drawn inside it.
  public struct Cluster: Sendable, Hashable {
    /// The body id.
    public var id: String
    /// The body's name as shown (its short name when it has one).
    public var label: String
    /// The node ids, sorted.
    public var nodes: [String]
  }

  /// The plan's id.
  public var planID: String
  /// The plan's title.
  public var planTitle: String
  /// What the nodes stand for.
  public var granularity: Granularity
  /// The nodes, sorted by id.
  public var nodes: [Node]
  /// The edges, sorted by prerequisite then dependent.
  public var edges: [Edge]
  /// The clusters, sorted by id.
  public var clusters: [Cluster]
  /// The critical chain: node ids, prerequisites first (empty without edges).
  public var criticalChain: [String]
  /// The snapshot's day, when the nodes are shaded by status.
  public var asOf: Day?
  /// The plan's time-limit classes, for the legend.
  public var classes: [ObligationClass] = []
}

extension DependencyDiagram {
  /// The edges between consecutive nodes of the critical chain.
  var criticalEdges: Set<Edge> {
    Set(zip(criticalChain, criticalChain.dropFirst()).map { Edge(from: $0, to: $1) })
  }
}
