public import RuleParser

extension DependencyDiagram {
  /// The critical chain as text, one numbered line per duty with its due
  /// date, cluster and title, after a line with its length.
  public func criticalChainText(language: Language) -> String {
    let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let chain = criticalChain.compactMap { byID[$0] }
    guard let first = chain.first, let last = chain.last else {
      return LocalizedText(
        en: "no dependency chain: no duty here waits for another\n",
        zh: "没有依赖链：这里没有需等待其他任务完成的任务\n"
      ).text(in: language)
    }
    let days = zip(chain, chain.dropFirst())
      .reduce(0) { $0 + CriticalChain.gap(from: $1.0.due, to: $1.1.due) }
    let span = [first.due, last.due].map { $0?.description ?? "-" }.joined(separator: " → ")
    var lines = [
      LocalizedText(
        en: "critical chain: \(chain.count) duties, \(days) days (\(span))",
        zh: "关键链：\(chain.count) 项任务，跨度 \(days) 天（\(span)）"
      ).text(in: language)
    ]
    let labels = Dictionary(clusters.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
    for (index, node) in chain.enumerated() {
      let due = node.due?.description ?? "----------"
      let body = labels[node.cluster] ?? node.cluster
      lines.append("\(index + 1). \(due)  \(node.id)  \(body)  \(node.title)")
    }
    return PrintableText.joinedLines(lines)
  }
}
