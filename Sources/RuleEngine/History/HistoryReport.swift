public import RuleParser

/// The output formats of `rulec history`.
public enum HistoryFormat: String, Sendable, CaseIterable {
  /// For people: per body, one line per month.
  case text
  /// `rulec-history/1`, keys sorted.
  case json
  /// Chinese Markdown tables, for a bulletin's annex.
  case markdown
  /// The dashboard's history page: a chart per body and the tables.
  case html
}

/// Writes a history as text, JSON or Markdown (the HTML page is
/// `HistoryPage`).
public struct HistoryReport: Sendable {
  /// The language of the text's labels.
  public var language: Language

  /// Creates a report.
  public init(language: Language) {
    self.language = language
  }

  private func label(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

  /// The body's name and id, or the whole plan's label for the total.
  private func name(_ body: String, _ graph: ObligationGraph) -> String {
    body.isEmpty ? label("all bodies", "全部单位") : ReportText.body(body, in: graph)
  }

  /// The history as text: the snapshots, then per body a line per month.
  public func text(_ history: History, graph: ObligationGraph) -> String {
    let (id, count) = (graph.plan.id, history.points.count)
    let days = history.points.map(\.asOf.description)
    var lines = [
      label(
        "HISTORY \(id): \(count) snapshots (\(days.joined(separator: ", ")))",
        "历史 \(id)：\(count) 份快照（\(days.joined(separator: "、"))）")
    ]
    let header = [
      label("month", "月份"), label("due", "到期"), label("done", "完成"),
      label("overdue", "逾期"), label("escalations", "处置"), label("highest", "最高处置"),
      label("trend", "趋势"),
    ]
    for (body, rows) in grouped(history) {
      lines += ["", name(body, graph)]
      var table = [header]
      for row in rows {
        let tally = row.progress
        table.append([
          row.month, "\(tally.due)", "\(tally.done)", "\(tally.overdue)", "\(tally.escalations)",
          tally.highestAction.map { language == .zh ? $0.chineseName : $0.rawValue } ?? "-",
          row.trend.map(trendWord) ?? "",
        ])
      }
      lines += Self.aligned(table).map { "  " + $0 }
    }
    if !history.rewrites.isEmpty {
      lines += ["", label("REWRITES", "改写既有记录") + " (\(history.rewrites.count))"]
      for rewrite in history.rewrites {
        let detail = language == .zh ? rewrite.detail.zh : rewrite.detail.en
        lines.append("  \(rewrite.later) ← \(rewrite.earlier)  \(rewrite.instance)  \(detail)")
      }
    }
    return PrintableText.joinedLines(lines)
  }

  /// The history as JSON (`rulec-history/1`).
  public func json(_ history: History, graph: ObligationGraph) -> String {
    let snapshots: [JSONValue] = history.points.map { point in
      let total = point.progress.total
      var json: [String: JSONValue] = [
        "path": .init(point.path), "as_of": .init(point.asOf.description),
        "due": .init(total.due), "done": .init(total.done), "overdue": .init(total.overdue),
        "violations": .init(point.result.violations.count),
        "escalations": .init(point.result.escalations.count),
      ]
      json["highest_action"] = JSONValue(point.result.highestAction?.rawValue)
      return .object(json)
    }
    let rows: [JSONValue] = history.rows.map { row in
      var json = Self.tallyJSON(row.progress)
      json["month"] = .init(row.month)
      json["as_of"] = .init(row.asOf.description)
      json["trend"] = JSONValue(row.trend?.rawValue)
      return .object(json)
    }
    let rewrites: [JSONValue] = history.rewrites.map {
      [
        "kind": .init($0.kind.rawValue), "instance": .init($0.instance),
        "earlier": .init($0.earlier), "later": .init($0.later), "detail": .init($0.detail.en),
      ]
    }
    let root: JSONValue = [
      "format": "rulec-history/1", "plan": .init(graph.plan.id), "snapshots": .array(snapshots),
      "rows": .array(rows), "rewrites": .array(rewrites),
    ]
    return JSONText.render(root)
  }

  /// A body's tally as JSON.
  static func tallyJSON(_ tally: BodyProgress) -> [String: JSONValue] {
    var json: [String: JSONValue] = [
      "body": .init(tally.body), "due": .init(tally.due), "done": .init(tally.done),
      "overdue": .init(tally.overdue), "violations": .init(tally.violations),
      "escalations": .init(tally.escalations),
    ]
    json["highest_action"] = JSONValue(tally.highestAction?.rawValue)
    json["completion_rate"] = JSONValue(tally.completionRate.map { ($0 * 10000).rounded() / 10000 })
    return json
  }

  /// The history as Chinese Markdown: a table per body.
  public func markdown(_ history: History, graph: ObligationGraph) -> String {
    let days = history.points.map { ChineseDate.text($0.asOf) }.joined(separator: "、")
    var lines = ["# \(MarkdownText.escaped(graph.plan.title))\(graph.plan.words.progress)历史", ""]
    lines.append("共\(history.points.count)份快照：\(days)。")
    for (body, rows) in grouped(history) {
      let title = body.isEmpty ? "全部单位" : (graph.body(body)?.name ?? body)
      lines += ["", "## \(MarkdownText.escaped(title))", ""]
      lines.append("| 月份 | 到期任务 | 已完成 | 逾期未完成 | 完成率 | 处置措施 | 最高处置 | 趋势 |")
      lines.append("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
      for row in rows {
        let tally = row.progress
        let rate = tally.completionRate.map(ChineseWriting.percent) ?? "—"
        lines.append(
          "| \(row.asOf.year)年\(row.asOf.month)月 | \(tally.due) | \(tally.done) | \(tally.overdue) "
            + "| \(rate) | \(tally.escalations) | \(tally.highestAction?.chineseName ?? "—") "
            + "| \(row.trend.map(Self.chineseTrend) ?? "—") |")
      }
    }
    if !history.rewrites.isEmpty {
      lines += ["", "## 改写既有记录", ""]
      for rewrite in history.rewrites {
        lines.append(
          "- `\(rewrite.later)` 改写了 `\(rewrite.earlier)` 中 `\(rewrite.instance)` 的记录："
            + "\(rewrite.detail.zh)。")
      }
    }
    return PrintableText.joinedLines(lines)
  }

  /// The whole plan first (body `""`), then each body by id, with its rows.
  func grouped(_ history: History) -> [(String, [History.Row])] {
    var totals: [History.Row] = []
    var previous: BodyProgress?
    for point in history.months {
      let total = point.progress.total
      totals.append(
        History.Row(
          month: point.asOf.monthKey, asOf: point.asOf, progress: total,
          trend: previous.map { History.trend(from: $0, to: total) }))
      previous = total
    }
    var result = [("", totals)]
    var current: (String, [History.Row])?
    for row in history.rows {
      if current?.0 != row.progress.body {
        if let current { result.append(current) }
        current = (row.progress.body, [])
      }
      current?.1.append(row)
    }
    if let current { result.append(current) }
    return result
  }

  private func trendWord(_ trend: History.Trend) -> String {
    language == .zh ? Self.chineseTrend(trend) : trend.rawValue
  }

  static func chineseTrend(_ trend: History.Trend) -> String {
    switch trend {
    case .better: "好转"
    case .worse: "恶化"
    case .same: "持平"
    }
  }

  /// Rows of cells as left-aligned columns (numbers right-aligned).
  static func aligned(_ rows: [[String]]) -> [String] {
    let count = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], width(cell)) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        let pad = String(repeating: " ", count: widths[index] - width(cell))
        let numeric = !cell.isEmpty && cell.allSatisfy(\.isNumber)
        return numeric ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
  }

  /// The width of text in a terminal: two columns for wide (CJK) characters.
  static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
