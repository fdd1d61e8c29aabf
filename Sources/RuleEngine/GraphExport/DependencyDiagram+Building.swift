import RuleParser

extension DependencyDiagram {
  /// Builds the picture of a compiled plan.
  ///
  /// - Parameters:
  ///   - graph: the compiled plan.
  ///   - granularity: whether nodes are obligations (the readable default) or instances.
  ///   - focus: an obligation or instance id: only its neighbourhood is kept,
  ///     its prerequisites and dependents, transitively.
  ///   - snapshot: statuses to shade the nodes by.
  ///   - view: only the duties of a body, a section, or the violated ones.
  /// - Complexity: O((V + E) log V) for the plan's instances and dependencies.
  public init(
    graph: ObligationGraph, granularity: Granularity = .obligations, focus: String? = nil,
    snapshot: Snapshot? = nil, view: DiagramView = DiagramView()
  ) {
    var nodes: [String: Node]
    var edges: Set<Edge>
    switch granularity {
    case .obligations: (nodes, edges) = Self.obligationNodes(graph)
    case .instances: (nodes, edges) = Self.instanceNodes(graph)
    }
    if let snapshot {
      for instance in graph.instances {
        let shade = StatusShade.of(
          instance, entry: snapshot.obligations[instance.id], asOf: snapshot.asOf.value)
        let id = granularity == .obligations ? instance.obligation : instance.id
        nodes[id]?.shades[shade, default: 0] += 1
      }
    }
    if let focus {
      let seeds = Self.seeds(of: focus, in: graph, granularity: granularity)
      let kept = DependencyNeighbourhood(edges: edges).around(seeds)
      nodes = nodes.filter { kept.contains($0.key) }
      edges = edges.filter { kept.contains($0.from) && kept.contains($0.to) }
    }
    if !view.isWhole {
      let kept = view.kept(nodes, graph: graph, granularity: granularity)
      nodes = nodes.filter { kept.contains($0.key) }
      edges = edges.filter { kept.contains($0.from) && kept.contains($0.to) }
    }
    let sortedNodes = nodes.values.sorted { $0.id < $1.id }
    let sortedEdges = edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    let members = Dictionary(grouping: sortedNodes.map(\.id)) { nodes[$0]?.cluster ?? "" }
    self.init(
      planID: graph.plan.id, planTitle: graph.plan.title, granularity: granularity,
      nodes: sortedNodes, edges: sortedEdges,
      clusters: members.keys.sorted().map { id in
        Cluster(id: id, label: graph.body(id)?.displayName ?? id, nodes: members[id] ?? [])
      },
      criticalChain: CriticalChain(nodes: sortedNodes, edges: sortedEdges).chain,
      asOf: snapshot?.asOf.value)
  }

  private static func obligationNodes(_ graph: ObligationGraph) -> ([String: Node], Set<Edge>) {
    var latestDue: [String: Day] = [:]
    for instance in graph.instances {
      guard let due = instance.due else { continue }
      latestDue[instance.obligation] = max(latestDue[instance.obligation] ?? due, due)
    }
    var nodes: [String: Node] = [:]
    var edges: Set<Edge> = []
    for obligation in graph.obligations {
      nodes[obligation.id] = Node(
        id: obligation.id, title: obligation.title, cluster: obligation.responsible.first ?? "",
        due: latestDue[obligation.id], obligationClass: obligation.obligationClass, shades: [:])
      for prerequisite in obligation.dependsOn where graph.obligation(prerequisite) != nil {
        edges.insert(Edge(from: prerequisite, to: obligation.id))
      }
    }
    return (nodes, edges)
  }

  private static func instanceNodes(_ graph: ObligationGraph) -> ([String: Node], Set<Edge>) {
    var nodes: [String: Node] = [:]
    var edges: Set<Edge> = []
    for instance in graph.instances {
      nodes[instance.id] = Node(
        id: instance.id, title: graph.obligation(instance.obligation)?.title ?? "",
        cluster: instance.body, due: instance.due, obligationClass: instance.obligationClass,
        shades: [:])
      for prerequisite in instance.dependencies where graph.instance(prerequisite) != nil {
        edges.insert(Edge(from: prerequisite, to: instance.id))
      }
    }
    return (nodes, edges)
  }

  /// The nodes a focus id stands for: an obligation, its instances, or an
  /// instance (or, among obligations, the instance's obligation).
  private static func seeds(
    of focus: String, in graph: ObligationGraph, granularity: Granularity
  ) -> Set<String> {
    switch granularity {
    case .obligations:
      return [graph.instance(focus)?.obligation ?? focus]
    case .instances:
      if graph.instance(focus) != nil { return [focus] }
      return Set(graph.instances.filter { $0.obligation == focus }.map(\.id))
    }
  }
}
