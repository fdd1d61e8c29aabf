import Foundation
import RuleParser

extension Ledger {
  /// The ledger as a Markdown document: a heading, the plan and the day,
  /// then one table row per instance with the same columns as the CSV.
  public func markdown() -> String {
    var lines = ["# \(MarkdownText.escaped(name))：\(MarkdownText.escaped(planTitle))", ""]
    lines.append("- \(LedgerMetadata.Key.plan.label)：`\(planID)`")
    lines.append("- \(LedgerMetadata.Key.asOf.label)：\(asOf?.description ?? "")")
    if let body {
      lines.append("- \(LedgerMetadata.Key.body.label)：\(MarkdownText.escaped(body.name))")
    }
    lines.append("- 任务数：\(rows.count)")
    lines.append("")
    let columns = LedgerColumn.allCases
    lines.append("| " + columns.map(\.header).joined(separator: " | ") + " |")
    lines.append("|" + String(repeating: "---|", count: columns.count))
    for row in rows {
      let cells = columns.map { column -> String in
        let value = row[column]
        guard !value.isEmpty else { return "" }
        return column == .id || column == .dependencies
          ? value.split(separator: ";").map { "`\($0.trimmingCharacters(in: .whitespaces))`" }
            .joined(separator: " ")
          : MarkdownText.escaped(value)
      }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return PrintableText.joinedLines(lines)
  }
}
