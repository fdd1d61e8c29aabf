import RuleParser

/// Reads the rows of a filled-in ledger into snapshot entries, one per
/// instance, reporting each bad cell.
struct LedgerEntryReader {
  let graph: ObligationGraph
  private var firstRow: [String: SourceRange] = [:]
  private var suggestions: DidYouMean?
  private var instancesByObligation: [String: [String]]?

  init(graph: ObligationGraph) {
    self.graph = graph
  }

  /// The entry of a row, or `nil` for a blank row, a row without a status
  /// (no entry), or a row with errors (reported).
  mutating func entry(_ cells: LedgerCells, diagnostics: inout Diagnostics) -> InstanceStatus? {
    guard !cells.isBlank else { return nil }
    let id = cells.located(.id)
    guard let statusText = cells.located(.status) else {
      let filled = LedgerColumn.allCases.filter { $0.isStatus && $0 != .status }
        .first { !cells.text($0).isEmpty }
      if let filled {
        diagnostics.report(
          .ledgerValuesWithoutStatus(
            id?.value ?? "", at: cells.range(filled), status: cells.range(.status)))
      }
      return nil
    }
    var valid = true
    func report(_ diagnostic: Diagnostic) {
      diagnostics.report(diagnostic)
      valid = false
    }
    if let id {
      if let first = firstRow[id.value] {
        report(.ledgerDuplicateRow(id.value, at: id.range, first: first))
      } else {
        firstRow[id.value] = id.range
      }
      if graph.instance(id.value) == nil { report(unknownInstance(id)) }
    } else {
      report(.ledgerNoInstanceID(at: cells.range(.id)))
    }
    let status = LedgerValue.status(statusText.value)
    if status == nil {
      let words = LedgerValue.statusWords
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
      if let flag = LedgerValue.flag(text.value) {
        falseReport = Located(flag, at: text.range)
      } else {
        report(.ledgerBadFlag(LedgerColumn.falseReport.header, found: text.value, at: text.range))
      }
    }
    var progress: Located<Double>?
    if let text = cells.located(.progress) {
      if let share = LedgerValue.share(text.value), (0...1).contains(share) {
        progress = Located(share, at: text.range)
      } else {
        report(.ledgerBadProgress(LedgerColumn.progress.header, found: text.value, at: text.range))
      }
    }
    guard valid, let id, let status else { return nil }
    return InstanceStatus(
      instance: id, status: Located(status, at: statusText.range), completed: completed,
      reported: reported, published: published, falseReport: falseReport, progress: progress,
      note: cells.located(.note)?.value)
  }

  private func day(
    _ column: LedgerColumn, _ cells: LedgerCells, _ report: (Diagnostic) -> Void
  ) -> Located<Day>? {
    guard let text = cells.located(column) else { return nil }
    guard let day = LedgerValue.day(text.value) else {
      report(.ledgerBadDate(column.header, found: text.value, at: text.range))
      return nil
    }
    return Located(day, at: text.range)
  }

  private mutating func unknownInstance(_ id: Located<String>) -> Diagnostic {
    if instancesByObligation == nil {
      var index: [String: [String]] = [:]
      for instance in graph.instances {
        index[instance.obligation, default: []].append(instance.id)
      }
      instancesByObligation = index
    }
    let ofObligation = instancesByObligation?[id.value] ?? []
    var suggestion: String?
    if ofObligation.isEmpty {
      if suggestions == nil { suggestions = DidYouMean(candidates: graph.instances.map(\.id)) }
      suggestion = suggestions?.suggest(for: id.value)
    }
    return .ledgerUnknownInstance(
      id.value, suggestion: suggestion, instancesOfObligation: ofObligation, at: id.range)
  }
}
