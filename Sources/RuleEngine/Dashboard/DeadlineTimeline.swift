import RuleParser

/// The deadlines by month as a Gantt view in SVG: one row per obligation,
/// a bar from the plan's start to its last deadline, a mark in each month
/// that has deadlines (red when one is overdue, green when all are done),
/// and a line at the snapshot's day.
struct DeadlineTimeline {
  let graph: ObligationGraph
  let progress: PlanProgress
  let language: Language

  private let labelWidth = 250.0
  private let monthWidth = 16.0
  private let rowHeight = 15.0
  private let header = 30.0

  /// The timeline as an `<svg>` element, or `nil` without deadlines.
  func svg() -> String? {
    guard let first = progress.deadlines.first?.due, let last = progress.deadlines.last?.due
    else { return nil }
    let start = min(graph.plan.effective ?? first, first, progress.asOf)
    let end = max(last, progress.asOf)
    let months = monthIndex(end, from: start) + 1
    var rows: [String: [Deadline]] = [:]
    for deadline in progress.deadlines { rows[deadline.obligation, default: []].append(deadline) }
    let order = rows.keys.sorted { lhs, rhs in
      let (left, right) = (rows[lhs]?.first?.due, rows[rhs]?.first?.due)
      return left != right ? (left ?? start) < (right ?? start) : lhs < rhs
    }
    let width = labelWidth + monthWidth * Double(months) + 8
    let height = header + rowHeight * Double(order.count) + 6
    let c = HTMLText.coordinate
    var svg = [
      "<svg class=\"timeline\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
        + "aria-label=\"\(language == .zh ? "整改期限时间轴" : "Deadlines by month")\">"
    ]
    for month in 0..<months {
      let day = start.adding(months: month)
      let x = labelWidth + monthWidth * Double(month)
      if day.month == 1 || month == 0 {
        svg.append("<text x=\"\(c(x))\" y=\"12\" class=\"axis\">\(day.year)</text>")
      }
      svg.append(
        "<text x=\"\(c(x + monthWidth / 2))\" y=\"26\" class=\"axis month\">\(day.month)</text>")
    }
    for (index, obligation) in order.enumerated() {
      let deadlines = rows[obligation] ?? []
      let y = header + rowHeight * Double(index)
      let title = graph.obligation(obligation)?.title ?? obligation
      svg.append(
        "<text x=\"\(c(labelWidth - 6))\" y=\"\(c(y + 11))\" class=\"label end\">"
          + "\(HTMLText.escape(Self.shortened(title)))<title>\(HTMLText.escape(title))</title></text>"
      )
      let lastMonth = monthIndex(deadlines.map(\.due).max() ?? start, from: start)
      svg.append(
        "<rect class=\"span\" x=\"\(c(labelWidth))\" y=\"\(c(y + 4))\" "
          + "width=\"\(c(monthWidth * Double(lastMonth + 1)))\" height=\"7\"/>")
      let byMonth = Dictionary(grouping: deadlines) { monthIndex($0.due, from: start) }
      for month in byMonth.keys.sorted() {
        let marks = byMonth[month] ?? []
        let overdue = marks.filter { $0.state == .overdue }.count
        let state =
          overdue > 0 ? "overdue" : marks.allSatisfy { $0.state == .done } ? "done" : "open"
        let x = labelWidth + monthWidth * (Double(month) + 0.5)
        let tip =
          language == .zh
          ? "\(HTMLText.escape(title))：\(marks.count) / \(overdue) 逾期"
          : "\(HTMLText.escape(title)): \(marks.count) / \(overdue) overdue"
        svg.append(
          "<circle class=\"mark \(state)\" cx=\"\(c(x))\" cy=\"\(c(y + 7.5))\" r=\"5\" "
            + "data-obligation=\"\(HTMLText.escape(obligation))\" data-overdue=\"\(overdue)\">"
            + "<title>\(tip)</title></circle>")
      }
    }
    let today =
      labelWidth + monthWidth
      * (Double(monthIndex(progress.asOf, from: start))
        + Double(progress.asOf.day) / 31)
    svg.append(
      "<line class=\"today\" x1=\"\(c(today))\" y1=\"\(c(header - 2))\" x2=\"\(c(today))\" "
        + "y2=\"\(c(height))\"/>")
    svg.append("</svg>")
    return svg.joined(separator: "\n")
  }

  private func monthIndex(_ day: Day, from start: Day) -> Int {
    (day.year - start.year) * 12 + day.month - start.month
  }

  /// A title cut to fit the label column: 16 characters and an ellipsis.
  static func shortened(_ title: String) -> String {
    title.count <= 17 ? title : String(title.prefix(16)) + "…"
  }
}
