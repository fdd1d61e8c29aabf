extension DependencyDiagram {
  /// The picture as Graphviz DOT: one cluster per body, nodes filled by
  /// class (or by status with a snapshot), dependency edges from
  /// prerequisite to dependent, the critical chain in thick red, and a legend.
  ///
  /// Render with `dot -Tsvg`. Byte-identical for the same input.
  public func dot() -> String {
    var out: [String] = []
    out.append("digraph \(DOTText.quoted(planID)) {")
    out.append("  graph [label=\(DOTText.label([caption])), labelloc=t, fontsize=16,")
    out.append("    fontname=\(DOTText.quoted(Self.fontName)), rankdir=LR, newrank=true];")
    out.append("  node [shape=box, style=\"rounded,filled\", fontsize=10,")
    out.append("    fontname=\(DOTText.quoted(Self.fontName))];")
    out.append("  edge [color=\"\(DiagramPalette.line)\", arrowsize=0.7];")
    let critical = Set(criticalChain)
    let linked = Set(edges.flatMap { [$0.from, $0.to] })
    let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for cluster in clusters {
      out.append("  subgraph \(DOTText.quoted("cluster_" + cluster.id)) {")
      out.append("    label=\(DOTText.quoted(cluster.label)); style=rounded;")
      out.append("    color=\"\(DiagramPalette.line)\"; fontsize=12;")
      for id in cluster.nodes {
        guard let node = byID[id] else { continue }
        out.append("    " + Self.dotNode(node, critical: critical.contains(id)))
      }
      out.append(contentsOf: Self.dotGrid(cluster.nodes.filter { !linked.contains($0) }))
      out.append("  }")
    }
    let criticalEdges = criticalEdges
    for edge in edges {
      let style =
        criticalEdges.contains(edge)
        ? " [color=\"\(DiagramPalette.critical)\", penwidth=3]" : ""
      out.append("  \(DOTText.quoted(edge.from)) -> \(DOTText.quoted(edge.to))\(style);")
    }
    out.append(contentsOf: dotLegend())
    out.append("}")
    return out.joined(separator: "\n") + "\n"
  }

  /// The fonts asked for: Chinese ones first, then any sans-serif.
  static let fontName = "Noto Sans CJK SC,Source Han Sans SC,PingFang SC,Microsoft YaHei,sans-serif"

  /// The picture's caption: the plan, what the nodes are, and the day.
  var caption: String {
    let kind = granularity == .obligations ? "义务依赖图" : "实例依赖图"
    let day = asOf.map { " · 截至 \($0)" } ?? ""
    return "\(planTitle) · \(kind)\(day)"
  }

  private static func dotNode(_ node: Node, critical: Bool) -> String {
    var attributes = [
      "label=\(DOTText.label(DiagramLabel.lines(node)))",
      "fillcolor=\"\(DiagramPalette.fill(node))\"",
    ]
    let text = DiagramPalette.text(node)
    if text != "#000000" { attributes.append("fontcolor=\"\(text)\"") }
    if critical {
      attributes.append("color=\"\(DiagramPalette.critical)\"")
      attributes.append("penwidth=3")
    }
    return "\(DOTText.quoted(node.id)) [\(attributes.joined(separator: ", "))];"
  }

  /// Invisible edges that lay a cluster's unlinked nodes out in rows of
  /// about √n, instead of one column as tall as the cluster is full.
  private static func dotGrid(_ ids: [String]) -> [String] {
    guard ids.count > 3 else { return [] }
    var width = 1
    while width * width < ids.count { width += 1 }
    return stride(from: 0, to: ids.count, by: width).compactMap { start in
      let row = ids[start..<min(start + width, ids.count)]
      guard row.count > 1 else { return nil }
      return "    " + row.map(DOTText.quoted).joined(separator: " -> ") + " [style=invis];"
    }
  }

  private func dotLegend() -> [String] {
    var out = ["  subgraph \"cluster_legend\" {"]
    out.append("    label=\"图例\"; style=rounded; color=\"\(DiagramPalette.line)\"; fontsize=12;")
    let entries = DiagramPalette.legend(shadedByStatus: asOf != nil, classes: classes)
    for (index, entry) in entries.enumerated() {
      var attributes = [
        "label=\(DOTText.quoted(entry.label))", "fillcolor=\"\(entry.fill)\"",
      ]
      if entry.text != "#000000" { attributes.append("fontcolor=\"\(entry.text)\"") }
      out.append("    \"legend_\(index)\" [\(attributes.joined(separator: ", "))];")
    }
    out.append(
      "    \"legend_critical\" [label=\"关键链\", fillcolor=\"\(DiagramPalette.plain)\", "
        + "color=\"\(DiagramPalette.critical)\", penwidth=3];")
    let chain = (entries.indices.map { "\"legend_\($0)\"" } + ["\"legend_critical\""])
    out.append("    " + chain.joined(separator: " -> ") + " [style=invis];")
    out.append("  }")
    return out
  }
}
