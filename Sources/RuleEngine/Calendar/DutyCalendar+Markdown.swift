import RuleParser

extension DutyCalendar {
  /// The calendar as Markdown: a section per month, in it a table per body,
  /// one row per day of every event (a recurring duty's occurrences each
  /// on their own row).
  public func markdown() -> String {
    let language = request.language
    let rows = events.flatMap { event in
      event.occurrences.map { MarkdownRow(event: event, occurrence: $0) }
    }.sorted { ($0.occurrence.date, $0.event.uid) < ($1.occurrence.date, $1.event.uid) }
    var text = "# \(Self.cell(name))\n\n"
    text += introduction(rows: rows.count).text(in: language) + "\n"
    if let undatedNote {
      text += "\n" + undatedNote.text(in: language) + (language == .zh ? "。\n" : ".\n")
    }
    var months: [String] = []
    var byMonth: [String: [MarkdownRow]] = [:]
    for row in rows {
      let month = row.occurrence.date.monthKey
      if byMonth[month] == nil { months.append(month) }
      byMonth[month, default: []].append(row)
    }
    for month in months {
      let monthRows = byMonth[month] ?? []
      if let day = monthRows.first?.occurrence.date {
        text += "\n## \(language == .zh ? "\(day.year)年\(day.month)月" : month)\n"
      }
      for body in Set(monthRows.map(\.event.body)).sorted() {
        let bodyRows = monthRows.filter { $0.event.body == body }
        let bodyName = bodyRows.first?.event.bodyName ?? body
        let heading = LocalizedText(
          en: "\(Self.cell(bodyName)) (\(body))", zh: "\(Self.cell(bodyName))（\(body)）")
        text += "\n### \(heading.text(in: language))\n\n"
        text += Self.header.text(in: language)
        for row in bodyRows { text += row.line(language) }
      }
    }
    return text
  }

  /// The sentence under the title: how many dates, over which days.
  private func introduction(rows: Int) -> LocalizedText {
    let from = request.from.map { " from \($0)" } ?? ""
    let to = request.to.map { " to \($0)" } ?? ""
    let fromZH = request.from.map { "自\(ChineseDate.text($0))起" } ?? ""
    let toZH = request.to.map { "至\(ChineseDate.text($0))" } ?? ""
    let escalations = request.escalations
    return LocalizedText(
      en: "\(rows) \(rows == 1 ? "date" : "dates")\(from)\(to): deadlines"
        + (escalations ? " and the escalation steps that would follow a miss." : "."),
      zh: escalations
        ? "\(fromZH)\(toZH)共\(rows)个日期：截止日期及逾期未完成时的处置步骤。"
        : "\(fromZH)\(toZH)共\(rows)个截止日期。")
  }

  private static let header = LocalizedText(
    en: "| Date | Event | Instance | Clause |\n|---|---|---|---|\n",
    zh: "| 日期 | 事项 | 实例 | 条款 |\n|---|---|---|---|\n")

  /// Text made safe for a table cell: pipes escaped, line breaks as spaces.
  static func cell(_ text: String) -> String {
    PrintableText.escaping(text.replacingPipes())
  }
}

/// One row of the Markdown calendar: a day of an event.
private struct MarkdownRow {
  var event: CalendarEvent
  var occurrence: CalendarEvent.Occurrence

  func line(_ language: Language) -> String {
    let clause = event.clause.map { DutyCalendar.cell($0.section) } ?? ""
    var label = DutyCalendar.cell(event.title)
    if let escalation = event.escalation {
      let action = CalendarText.actionName(escalation.action)
      label = LocalizedText(
        en: "\(action.en): \(label) (`\(escalation.policy)`)",
        zh: "\(action.zh)：\(label)（`\(escalation.policy)`）"
      ).text(in: language)
    }
    let date = language == .zh ? ChineseDate.text(occurrence.date) : occurrence.date.description
    return "| \(date) | \(label) | `\(occurrence.instance)` | \(clause) |\n"
  }
}

extension String {
  /// The text with `|` escaped and line breaks turned into spaces.
  fileprivate func replacingPipes() -> String {
    var result = ""
    for character in self {
      if character == "|" {
        result += "\\|"
      } else if character.isNewline {
        result += " "
      } else {
        result.append(character)
      }
    }
    return result
  }
}
