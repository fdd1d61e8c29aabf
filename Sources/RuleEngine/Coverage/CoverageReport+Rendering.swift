import Foundation
import RuleParser

extension CoverageReport {
  /// A Markdown table with the document's line numbers, then the totals.
  public func markdown(language: Language) -> String {
    let zh = language == .zh
    var lines = [
      zh ? "# 时间表述覆盖情况" : "# Coverage of the document's time expressions", "",
      zh ? "原文：`\(document)`" : "Document: `\(document)`", "",
      summary(language: language), "",
      zh
        ? "| 行 | 表述 | 类型 | 状态 | 规则或说明 |" : "| line | expression | kind | state | rules or reason |",
      "|---:|---|---|---|---|",
    ]
    for entry in entries {
      let detail =
        entry.coveredBy.isEmpty
        ? entry.explainedBy.joined(separator: "; ")
        : entry.coveredBy.map { "`\($0)`" }.joined(separator: ", ")
      lines.append(
        "| \(entry.expression.line) | \(entry.expression.text) | \(entry.expression.kind.rawValue) "
          + "| \(stateName(entry.state, language)) | \(detail.replacingOccurrences(of: "|", with: "\\|")) |"
      )
    }
    return PrintableText.joinedLines(lines)
  }

  /// One line per expression (`line:col  text  state  rules`), then the totals.
  public func text(language: Language) -> String {
    var output = ""
    for entry in entries {
      let detail =
        entry.coveredBy.isEmpty
        ? entry.explainedBy.joined(separator: "; ") : entry.coveredBy.joined(separator: ", ")
      output +=
        "\(document):\(entry.expression.line):\(entry.expression.column): "
        + "\(entry.expression.text)  [\(stateName(entry.state, language))]  \(detail)\n"
    }
    return output + summary(language: language) + "\n"
  }

  /// The report as JSON: `{document, entries: [...], summary: {...}}`.
  public func json() -> String {
    let root: JSONValue = [
      "document": .init(document),
      "entries": .init(
        entries.map { entry -> JSONValue in
          [
            "line": .init(entry.expression.line), "column": .init(entry.expression.column),
            "text": .init(entry.expression.text), "kind": .init(entry.expression.kind.rawValue),
            "state": .init(entry.state.rawValue), "covered_by": .init(entry.coveredBy),
            "explained_by": .init(entry.explainedBy),
          ]
        }),
      "summary": [
        "total": .init(entries.count), "covered": .init(count(.covered)),
        "explained": .init(count(.explained)), "uncovered": .init(count(.uncovered)),
        "percent": .init((percentAccounted * 10).rounded() / 10),
      ],
    ]
    return JSONText.render(root)
  }

  /// `52 time expressions: 47 covered, 5 explained, 0 uncovered (100.0% accounted for)`,
  /// or in Chinese `共 52 处时间表述：已覆盖 47，已说明 5，未覆盖 0（覆盖或说明 100.0%）`.
  public func summary(language: Language) -> String {
    let percent = String(format: "%.1f%%", percentAccounted)
    switch language {
    case .zh:
      return "共 \(entries.count) 处时间表述：已覆盖 \(count(.covered))，已说明 \(count(.explained))，"
        + "未覆盖 \(count(.uncovered))（覆盖或说明 \(percent)）"
    case .en:
      return "\(entries.count) time expressions: \(count(.covered)) covered, "
        + "\(count(.explained)) explained, \(count(.uncovered)) uncovered (\(percent) accounted for)"
    }
  }

  private func stateName(_ state: State, _ language: Language) -> String {
    guard language == .zh else { return state.rawValue }
    switch state {
    case .covered: return "已覆盖"
    case .explained: return "已说明"
    case .uncovered: return "未覆盖"
    }
  }
}
