import RuleParser

/// What one ledger row says: the instance's entry (when its status is
/// filled in) and the escalation steps recorded in its action columns.
struct LedgerRow {
  /// The entry, `nil` for a row without a status.
  var entry: InstanceStatus?
  /// The actions of the `预警/督办/约谈` columns.
  var actions: [RecordedAction] = []
}

/// Reads the rows of a filled-in ledger into snapshot entries, one per
/// instance, and the actions they record, reporting each bad cell.
struct LedgerEntryReader {
  let graph: ObligationGraph
  private var firstRow: [String: SourceRange] = [:]
  private var hints: InstanceHints

  init(graph: ObligationGraph) {
    self.graph = graph
    hints = InstanceHints(graph: graph, includingMetrics: false)
  }

  /// What a row says, or `nil` for a blank row or a row with errors (reported).
  ///
  /// A row without a status has no entry but may record actions.
  mutating func row(_ cells: LedgerCells, diagnostics: inout Diagnostics) -> LedgerRow? {
    guard !cells.isBlank else { return nil }
    let id = cells.located(.id)
    let hasActions = LedgerColumn.allCases.contains { $0.isAction && !cells.text($0).isEmpty }
    var actionsValid = true
    var actions: [RecordedAction] = []
    if hasActions {
      if let id {
        actionsValid = known(id, diagnostics: &diagnostics)
        actions = recordedActions(cells, id: id, valid: &actionsValid, diagnostics: &diagnostics)
      } else {
        diagnostics.report(.ledgerNoInstanceID(at: cells.range(.id)))
        actionsValid = false
      }
    }
    guard let statusText = cells.located(.status) else {
      let filled = LedgerColumn.allCases.filter { $0.isStatus && $0 != .status }
        .first { !cells.text($0).isEmpty }
      if let filled {
        diagnostics.report(
          .ledgerValuesWithoutStatus(
            id?.value ?? "", at: cells.range(filled), status: cells.range(.status)))
        return nil
      }
      return actionsValid && hasActions ? LedgerRow(entry: nil, actions: actions) : nil
    }
    let entry = entry(
      cells, id: id, status: statusText, idChecked: hasActions, diagnostics: &diagnostics)
    guard let entry,
      actionsValid
    else { return nil }
    return LedgerRow(entry: entry, actions: actions)
  }

  /// Whether an id names an instance; reports it once per row when not.
  private mutating func known(_ id: Located<String>, diagnostics: inout Diagnostics) -> Bool {
    guard graph.instance(id.value) == nil else { return true }
    diagnostics.report(unknownInstance(id))
    return false
  }

  /// The actions of the `预警/督办/约谈` columns: each date of a date cell
  /// (several separated by `;`) is one action, by the body of its "by" cell.
  private func recordedActions(
    _ cells: LedgerCells, id: Located<String>, valid: inout Bool,
    diagnostics: inout Diagnostics
  ) -> [RecordedAction] {
    let pairs: [(LedgerColumn, LedgerColumn)] = [
      (.warningOn, .warningBy), (.supervisionOn, .supervisionBy), (.interviewOn, .interviewBy),
    ]
    var actions: [RecordedAction] = []
    for (dateColumn, byColumn) in pairs {
      guard let action = dateColumn.action else { continue }
      let by = cells.located(byColumn)
      guard let dates = cells.located(dateColumn) else {
        if let by {
          diagnostics.report(
            .duplicate(
              .ledgerActionWithoutDate,
              LocalizedText(
                en: "'\(byColumn.header)' is filled in but '\(dateColumn.header)' is empty",
                zh: "已填写“\(byColumn.header)”，但“\(dateColumn.header)”为空"), at: by.range,
              first: cells.range(dateColumn),
              firstNote: LocalizedText(en: "the date belongs here", zh: "日期应填在此处")))
          valid = false
        }
        continue
      }
      let parts = dates.value.split(whereSeparator: { ";；、\n".contains($0) })
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      for part in parts {
        guard let day = ReportedValue.day(part) else {
          diagnostics.report(.ledgerBadDate(dateColumn.header, found: part, at: dates.range))
          valid = false
          continue
        }
        actions.append(
          RecordedAction(
            action: Located(action, at: dates.range), instance: id,
            on: Located(day, at: dates.range), by: by?.value))
      }
    }
    return actions
  }

  private mutating func entry(
    _ cells: LedgerCells, id: Located<String>?, status statusText: Located<String>,
    idChecked: Bool, diagnostics: inout Diagnostics
  ) -> InstanceStatus? {
    var valid = true
    func report(_ diagnostic: Diagnostic) {
      diagnostics.report(diagnostic)
      valid = false
    }
    if let id {
      if let first = firstRow[id.value] {
        report(
          .duplicate(
            .ledgerDuplicateRow,
            LocalizedText("a second row for '\(id.value)'", "'\(id.value)' 有重复的行"), at: id.range,
            first: first, firstNote: LocalizedText("the first is here", "第一行在此")))
      } else {
        firstRow[id.value] = id.range
      }
      if graph.instance(id.value) == nil {
        if idChecked { valid = false } else { report(unknownInstance(id)) }
      }
    } else {
      report(.ledgerNoInstanceID(at: cells.range(.id)))
    }
    let status = ReportedValue.status(statusText.value)
    if status == nil {
      let words = ReportedValue.statusWords
      report(
        .ledgerBadStatus(
          statusText.value,
          suggestion: DidYouMean(candidates: words).suggest(for: statusText.value),
          at: statusText.range))
    }
    let completed = day(.completed, cells, report)
    let reported = day(.reported, cells, report)
    let published = day(.published, cells, report)
    var falseReport: Located<Bool>?
    if let text = cells.located(.falseReport) {
      if let flag = ReportedValue.flag(text.value) {
        falseReport = Located(flag, at: text.range)
      } else {
        report(
          .ledgerBadCell(
            .ledgerBadFlag, LedgerColumn.falseReport.header, LocalizedText("yes or no", "“是”或“否”"),
            found: text.value, at: text.range))
      }
    }
    var progress: Located<Double>?
    if let text = cells.located(.progress) {
      if let share = ReportedValue.share(text.value), (0...1).contains(share) {
        progress = Located(share, at: text.range)
      } else {
        report(
          .ledgerBadCell(
            .ledgerBadProgress, LedgerColumn.progress.header,
            LocalizedText("a share from 0 to 1 or a percentage", "0 至 1 的比例或百分数"),
            found: text.value,
            at: text.range))
      }
    }
    let acceptance = Acceptance(
      on: day(.acceptedOn, cells, report), by: cells.located(.acceptedBy)?.value,
      evidence: cells.located(.evidence)?.value)
    guard valid, let id, let status else { return nil }
    return InstanceStatus(
      instance: id, status: Located(status, at: statusText.range), completed: completed,
      reported: reported, published: published, falseReport: falseReport, progress: progress,
      note: cells.located(.note)?.value, acceptance: acceptance)
  }

  private func day(
    _ column: LedgerColumn, _ cells: LedgerCells, _ report: (Diagnostic) -> Void
  ) -> Located<Day>? {
    guard let text = cells.located(column) else { return nil }
    guard let day = ReportedValue.day(text.value) else {
      report(.ledgerBadDate(column.header, found: text.value, at: text.range))
      return nil
    }
    return Located(day, at: text.range)
  }

  private mutating func unknownInstance(_ id: Located<String>) -> Diagnostic {
    let (suggestion, ofObligation) = hints.hints(for: id.value)
    return Diagnostic.unknownInstance(
      id.value, code: .ledgerUnknownInstance, suggestion: suggestion,
      instancesOfObligation: ofObligation,
      perInstanceHelp: LocalizedText(
        "fill in one row per instance, by the ids `rulec ledger` writes",
        "请按 `rulec ledger` 生成的实例编号逐行填写"),
      otherwise: LocalizedText(
        "keep the ids `rulec ledger` writes; regenerate the ledger after a rule change",
        "请保留 `rulec ledger` 生成的编号；规则修改后请重新生成台账"), at: id.range)
  }
}
