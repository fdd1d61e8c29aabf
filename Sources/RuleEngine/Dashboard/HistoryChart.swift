import RuleParser

/// A history as an SVG line chart: per month, the duties done, the duties
/// overdue and the escalations of the whole plan; with a table of the same.
struct HistoryChart {
  let history: History
  let language: Language

  private func label(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

  /// The history section of the dashboard.
  func section() -> [String] {
    let months = history.months
    guard !months.isEmpty else { return [] }
    let totals = months.map(\.progress.total)
    var html = [
      "<section id=\"history\">", "<h2>\(label("History", "历史趋势"))</h2>",
      "<p class=\"legend\"><span><i style=\"background: var(--good)\"></i>\(label("done", "已完成"))</span>"
        + "<span><i style=\"background: var(--bad)\"></i>\(label("overdue", "逾期未完成"))</span>"
        + "<span><i style=\"background: var(--warn)\"></i>\(label("escalations", "处置措施"))</span></p>",
      svg(months.map(\.asOf), totals),
      "<table><thead><tr><th>\(label("month", "月份"))</th><th>\(label("due", "到期任务"))</th>"
        + "<th>\(label("done", "已完成"))</th><th>\(label("overdue", "逾期未完成"))</th>"
        + "<th>\(label("escalations", "处置措施"))</th></tr></thead><tbody>",
    ]
    for (point, total) in zip(months, totals) {
      html.append(
        "<tr data-month=\"\(point.asOf.monthKey)\"><td>\(point.asOf.monthKey)</td>"
          + "<td class=\"num\" data-field=\"due\">\(total.due)</td>"
          + "<td class=\"num\" data-field=\"done\">\(total.done)</td>"
          + "<td class=\"num\" data-field=\"overdue\">\(total.overdue)</td>"
          + "<td class=\"num\" data-field=\"escalations\">\(total.escalations)</td></tr>")
    }
    return html + ["</tbody></table>", "</section>"]
  }

  private func svg(_ days: [Day], _ totals: [BodyProgress]) -> String {
    let (width, height, left, right, top, bottom) = (720.0, 220.0, 40.0, 16.0, 12.0, 30.0)
    let maximum = Double(max(1, totals.map { max($0.done, $0.overdue, $0.escalations) }.max() ?? 1))
    let step = days.count > 1 ? (width - left - right) / Double(days.count - 1) : 0
    let c = HTMLText.coordinate
    func x(_ index: Int) -> Double { left + step * Double(index) }
    func y(_ value: Int) -> Double { top + (height - top - bottom) * (1 - Double(value) / maximum) }
    var svg = [
      "<svg class=\"history\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
        + "aria-label=\"\(label("History", "历史趋势"))\">",
      "<rect class=\"plot\" x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(width - left - right))\" "
        + "height=\"\(c(height - top - bottom))\"/>",
      "<text class=\"axis end\" x=\"\(c(left - 4))\" y=\"\(c(top + 8))\">\(Int(maximum))</text>",
      "<text class=\"axis end\" x=\"\(c(left - 4))\" y=\"\(c(height - bottom))\">0</text>",
    ]
    let series: [(name: String, zh: String, value: (BodyProgress) -> Int)] = [
      ("done", "已完成", \.done), ("overdue", "逾期未完成", \.overdue),
      ("escalations", "处置措施", \.escalations),
    ]
    for (name, zh, value) in series {
      let points = totals.enumerated().map { "\(c(x($0.offset))),\(c(y(value($0.element))))" }
      svg.append("<polyline class=\"series \(name)\" points=\"\(points.joined(separator: " "))\"/>")
      for (index, total) in totals.enumerated() {
        svg.append(
          "<circle class=\"mark\" cx=\"\(c(x(index)))\" cy=\"\(c(y(value(total))))\" r=\"2.5\">"
            + "<title>\(days[index]) \(label("\(name): ", "\(zh)："))\(value(total))</title></circle>"
        )
      }
    }
    for (index, day) in days.enumerated() {
      svg.append(
        "<text class=\"axis month\" x=\"\(c(x(index)))\" y=\"\(c(height - bottom + 16))\">"
          + "\(day.monthKey)</text>")
    }
    svg.append("</svg>")
    return svg.joined(separator: "\n")
  }
}
