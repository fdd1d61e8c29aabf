import Foundation

/// The first row of a ledger CSV: what the ledger is of, for the read-back.
///
/// Its first cell is `整改台账 (rulec-ledger/1)`; then come pairs of cells, a
/// label such as `截至日期 (as_of)` and its value. `plan` names the plan,
/// `as_of` the day the filled-in ledger describes; `title` and `body` are
/// for people only.
enum LedgerMetadata {
  /// The format's name and version, in the first cell.
  static let format = "rulec-ledger/1"
  /// The first cell.
  static let firstCell = "整改台账 (\(format))"

  /// The labelled values of the metadata row.
  enum Key: String, CaseIterable {
    /// The plan's id.
    case plan
    /// The day the ledger describes.
    case asOf = "as_of"
    /// The plan's title.
    case title
    /// The body the ledger was restricted to.
    case body

    /// The label cell: `截至日期 (as_of)`.
    var label: String { "\(chineseName) (\(rawValue))" }

    /// The Chinese name.
    var chineseName: String {
      switch self {
      case .plan: "计划"
      case .asOf: "截至日期"
      case .title: "方案名称"
      case .body: "台账范围"
      }
    }

    /// The key a label cell names, by its `(key)`, its key or its Chinese name.
    static func named(_ cell: String) -> Key? {
      let text = cell.trimmingCharacters(in: .whitespaces)
      if let key = LedgerHeaderKey.key(in: text) { return Key(rawValue: key.lowercased()) }
      return allCases.first { $0.rawValue == text || $0.chineseName == text }
    }
  }

  /// Whether a record is the metadata row: its first cell names the format.
  static func isMetadata(_ record: [CSVField]) -> Bool {
    record.first?.text.contains("rulec-ledger/") ?? false
  }
}
