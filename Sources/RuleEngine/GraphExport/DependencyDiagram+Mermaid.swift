extension DependencyDiagram {
  /// The picture as a Mermaid flowchart.
  ///
  /// One subgraph per body, nodes styled by class (or by status with a
  /// snapshot), dependency edges, and the critical chain in thick red.
  /// Byte-identical for the same input.
  public func mermaid() -> String {
    let nodeIDs = MermaidText.ids("n_", for: nodes.map(\.id))
    let clusterIDs = MermaidText.ids("c_", for: clusters.map(\.id))
    let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var out = ["%% \(caption.replacingNewlines)", "flowchart LR"]
    for cluster in clusters {
      out.append(
        "  subgraph \(clusterIDs[cluster.id] ?? "c_")[\(MermaidText.label([cluster.label]))]")
      for id in cluster.nodes {
        guard let node = byID[id], let name = nodeIDs[id] else { continue }
        out.append("    \(name)[\(MermaidText.label(DiagramLabel.lines(node)))]")
      }
      out.append("  end")
    }
    var criticalLinks: [Int] = []
    let criticalEdges = criticalEdges
    for (index, edge) in edges.enumerated() {
      guard let from = nodeIDs[edge.from], let to = nodeIDs[edge.to] else { continue }
      out.append("  \(from) --> \(to)")
      if criticalEdges.contains(edge) { criticalLinks.append(index) }
    }
    out.append(contentsOf: mermaidStyles(nodeIDs))
    if !criticalLinks.isEmpty {
      let links = criticalLinks.map(String.init).joined(separator: ",")
      out.append("  linkStyle \(links) stroke:\(DiagramPalette.critical),stroke-width:3px")
    }
    for id in criticalChain {
      guard let name = nodeIDs[id] else { continue }
      out.append("  style \(name) stroke:\(DiagramPalette.critical),stroke-width:3px")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// One class per fill, and the nodes of each.
  private func mermaidStyles(_ nodeIDs: [String: String]) -> [String] {
    var members: [String: [String]] = [:]
    var looks: [String: (fill: String, text: String)] = [:]
    for node in nodes {
      let style = styleName(node)
      members[style, default: []].append(nodeIDs[node.id] ?? "")
      looks[style] = (DiagramPalette.fill(node), DiagramPalette.text(node))
    }
    var out: [String] = []
    for style in members.keys.sorted() {
      let look = looks[style] ?? (DiagramPalette.plain, "#000000")
      out.append(
        "  classDef \(style) fill:\(look.fill),stroke:\(DiagramPalette.line),color:\(look.text)")
      out.append("  class \((members[style] ?? []).joined(separator: ",")) \(style)")
    }
    return out
  }

  private func styleName(_ node: Node) -> String {
    if let shade = node.shade { return "status_" + shade.rawValue }
    return "class_" + (node.obligationClass?.id ?? "none")
  }
}

extension String {
  /// The text on one line: line breaks as spaces.
  fileprivate var replacingNewlines: String {
    String(map { $0.isNewline ? " " : $0 })
  }
}
