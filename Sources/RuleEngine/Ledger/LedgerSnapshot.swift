public import RuleParser

/// Reads a filled-in ledger, CSV (UTF-8 or GB18030/GBK) or .xlsx workbook,
/// back as a status snapshot, for `rulec check ledger.csv`.
///
/// The file is what `Ledger.csv()` wrote, after a spreadsheet: the first row
/// names the plan and the day (`截至日期 (as_of)`), the header row's cells
/// name their columns by the key in parentheses, and each row with a status
/// becomes the entry of its instance. Rows with an empty status are "no
/// entry". Problems are located at `ledger.csv:ROW:COLUMN`, the row and field
/// number a spreadsheet shows.
///
/// Checks of the dates against each other and against `as_of` are left to
/// whatever validates every snapshot, as for JSON.
public enum LedgerSnapshot {
  /// Reads a filled-in ledger.
  ///
  /// - Parameters:
  ///   - bytes: the file's content.
  ///   - path: the file's path (`-` for standard input, located as `<stdin>`).
  ///   - graph: the compiled plan the ledger is for.
  ///   - asOf: a day that overrides the ledger's `as_of` (`--as-of`).
  ///   - encoding: the text encoding of a CSV (`--encoding`); a workbook is
  ///     recognised by its bytes, whatever its name.
  ///   - diagnostics: receives every problem found.
  /// - Returns: the snapshot, or `nil` when the ledger has errors.
  /// - Complexity: O(n) in the size of the file, plus a "did you mean"
  ///   search for each unknown instance id.
  public static func read(
    _ bytes: [UInt8], path: String, graph: ObligationGraph, asOf: Day?,
    encoding: LedgerEncoding = .auto, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    var local = Diagnostics()
    let file = path == "-" ? "<stdin>" : path
    let reading = LedgerReading(file: file, graph: graph, encoding: encoding)
    let snapshot = reading.read(bytes, path: path, asOf: asOf, into: &local)
    diagnostics.merge(local)
    return local.hasErrors ? nil : snapshot
  }
}
