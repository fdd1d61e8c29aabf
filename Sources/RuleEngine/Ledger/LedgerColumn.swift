import Foundation
import RuleParser

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
  /// The cooperating bodies' names (配合单位).
  case cooperating
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
  /// When a warning (预警) was issued; several dates separated by `;`.
  case warningOn = "warning_on"
  /// Who issued the warning.
  case warningBy = "warning_by"
  /// When supervision (督办) was ordered.
  case supervisionOn = "supervision_on"
  /// Who ordered the supervision.
  case supervisionBy = "supervision_by"
  /// When the body's heads were interviewed (约谈).
  case interviewOn = "interview_on"
  /// Who held the interview.
  case interviewBy = "interview_by"
  /// When the office accepted the rectification (验收日期, for 销号).
  case acceptedOn = "accepted_on"
  /// Who accepted it (验收单位).
  case acceptedBy = "accepted_by"
  /// The supporting evidence (佐证材料).
  case evidence
  /// A free note.
  case note

  /// The machine key, as in a JSON snapshot.
  public var key: String { rawValue }

  /// The Chinese column name.
  public var chineseName: String {
    switch self {
    case .id: "编号"
    case .title: "整改任务"
    case .body: "责任单位"
    case .cooperating: "配合单位"
    case .due: "完成时限"
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
    case .warningOn: "预警日期"
    case .warningBy: "预警单位"
    case .supervisionOn: "督办日期"
    case .supervisionBy: "督办单位"
    case .interviewOn: "约谈日期"
    case .interviewBy: "约谈单位"
    case .acceptedOn: "验收日期"
    case .acceptedBy: "验收单位"
    case .evidence: "佐证材料"
    case .note: "备注"
    }
  }

  /// The header cell: `状态 (status)`.
  public var header: String { "\(chineseName) (\(key))" }

  /// Whether the column is one a body fills in (the snapshot's fields):
  /// a value in it needs a status in the same row.
  public var isStatus: Bool {
    switch self {
    case .status, .completed, .reported, .published, .falseReport, .progress, .note, .acceptedOn,
      .acceptedBy, .evidence:
      true
    default: false
    }
  }

  /// Whether the column records an escalation step taken (filled by the
  /// office, also on a row without a status).
  public var isAction: Bool { action != nil }

  /// The action a date or "by" column records.
  var action: EscalationAction? {
    switch self {
    case .warningOn, .warningBy: .warning
    case .supervisionOn, .supervisionBy: .supervision
    case .interviewOn, .interviewBy: .interview
    default: nil
    }
  }

  /// Whether a body or the office fills the column in (empty when written).
  public var isFilledIn: Bool { isStatus || isAction }

  /// The column a header cell names: `状态 (status)`, `状态（status）`,
  /// `status` or `状态`; `nil` for a cell that names no column.
  static func named(_ cell: String) -> LedgerColumn? {
    let text = cell.trimmingCharacters(in: .whitespaces)
    if let key = LedgerHeaderKey.key(in: text) { return LedgerColumn(rawValue: key.lowercased()) }
    return allCases.first { $0.key == text || $0.chineseName == text }
  }
}
