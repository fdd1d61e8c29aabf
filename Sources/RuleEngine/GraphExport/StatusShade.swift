public import RuleParser

/// The status of an instance as a picture shows it, from a snapshot.
public enum StatusShade: String, Sendable, CaseIterable, Comparable {
  /// Violated: overdue (due on or before the snapshot's day and not
  /// completed, with or without an entry) or reported falsely.
  case violated
  /// Not started, not yet due.
  case notStarted = "not_started"
  /// No entry, not yet due.
  case noEntry = "no_entry"
  /// Under way, not yet due.
  case inProgress = "in_progress"
  /// Claimed done.
  case done
  /// Accepted and struck off (销号).
  case closed

  /// The shade's name in Chinese, for legends.
  public var chineseName: String {
    switch self {
    case .violated: "逾期或失实"
    case .notStarted: "未开始"
    case .noEntry: "未填报（未到期）"
    case .inProgress: "推进中"
    case .done: "已完成"
    case .closed: "已销号"
    }
  }

  /// Orders from the most urgent (violated) to the least (closed).
  public static func < (lhs: StatusShade, rhs: StatusShade) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }

  /// The shade of an instance given its snapshot entry (if any) and the day.
  public static func of(_ instance: Instance, entry: InstanceStatus?, asOf: Day) -> StatusShade {
    let status = entry?.status.value
    if entry?.falseReport?.value == true { return .violated }
    if let due = instance.due, due <= asOf, status?.isComplete != true { return .violated }
    switch status {
    case nil: return .noEntry
    case .notStarted?: return .notStarted
    case .inProgress?: return .inProgress
    case .done?: return .done
    case .closed?: return .closed
    }
  }

  /// The overall shade of several instances' counts; `nil` for none.
  static func overall(_ counts: [StatusShade: Int]) -> StatusShade? {
    let present = Set(counts.filter { $0.value > 0 }.keys)
    guard !present.isEmpty else { return nil }
    if present.contains(.violated) { return .violated }
    if present == [.closed] { return .closed }
    if present.isSubset(of: [.done, .closed]) { return .done }
    if !present.isDisjoint(with: [.inProgress, .done, .closed]) { return .inProgress }
    return present.contains(.notStarted) ? .notStarted : .noEntry
  }
}
