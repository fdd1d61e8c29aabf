import Foundation

/// A column of the rectification ledger (整改台账): its machine key, which
/// the read-back matches, and its Chinese name, which people read.
///
/// The header cell of a column is `中文名 (key)`, such as `状态 (status)`.
public enum LedgerColumn: String, Sendable, CaseIterable {
  /// The instance id.
  case id
  /// The obligation's title.
  case title
  /// The responsible body's name.
  case body
  /// The deadline (planned, for a relative deadline).
  case due
  /// The time-limit class.
  case obligationClass = "class"
  /// The prerequisite instances.
  case dependencies
  /// The clause's number in the source document.
  case section
  /// The clause's text.
  case quote
  /// The reported progress: `not_started`, `in_progress`, `done`, `closed`.
  case status
  /// When the duty was completed.
  case completed
  /// When completion was reported.
  case reported
  /// When the result was made public.
  case published
  /// Whether the report was found untrue.
  case falseReport = "false_report"
  /// The share done, 0 to 1 or a percentage.
  case progress
  /// A free note.
  case note
  /// Where the deadline comes from: `own` or `class` (last, so that the
  /// columns a body fills in keep their places).
  case dueSource = "due_source"

  /// The machine key, as in a JSON snapshot.
  public var key: String { rawValue }

  /// The Chinese column name.
  public var chineseName: String {
    switch self {
    case .id: "编号"
    case .title: "整改任务"
    case .body: "责任单位"
    case .due: "完成时限"
    case .dueSource: "时限来源"
    case .obligationClass: "整改类别"
    case .dependencies: "前置任务"
    case .section: "条款"
    case .quote: "原文"
    case .status: "状态"
    case .completed: "完成日期"
    case .reported: "报送日期"
    case .published: "公开日期"
    case .falseReport: "反馈失实"
    case .progress: "进度"
    case .note: "备注"
    }
  }

  /// The header cell: `状态 (status)`.
  public var header: String { "\(chineseName) (\(key))" }

  /// Whether the column is one a body fills in (the snapshot's fields).
  public var isStatus: Bool {
    switch self {
    case .status, .completed, .reported, .published, .falseReport, .progress, .note: true
    default: false
    }
  }

  /// The column a header cell names: `状态 (status)`, `状态（status）`,
  /// `status` or `状态`; `nil` for a cell that names no column.
  static func named(_ cell: String) -> LedgerColumn? {
    let text = cell.trimmingCharacters(in: .whitespaces)
    if let key = LedgerHeaderKey.key(in: text) { return LedgerColumn(rawValue: key.lowercased()) }
    return allCases.first { $0.key == text || $0.chineseName == text }
  }
}
