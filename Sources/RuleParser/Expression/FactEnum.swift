/// The enumerations whose values conditions can name: a duty's status, the kind of a
/// violation, and the level of an action. (A duty's class is plan-defined: a string
/// checked against the plan's `classes:`.)
///
/// Values are written as bare names (`status == done`) or strings (`status == "done"`).
public enum FactEnum: String, Sendable, Hashable, CaseIterable {
  /// The status a body reports for a duty instance.
  case status
  /// The kind of a violation.
  case violation
  /// The level of an action taken on a violation, mildest first.
  case action

  /// The value names, in their declared order (which is their order for `<`).
  public var values: [String] {
    switch self {
    case .status: ["not_started", "in_progress", "done", "closed"]
    case .violation:
      [
        "overdue", "missing", "unreported", "unpublished", "false_report",
        "dependency_order", "off_track", "target_missed", "late",
      ]
    case .action: ["warning", "supervision", "interview", "accountability", "veto"]
    }
  }

  /// Whether `<`, `<=`, `>` and `>=` compare values by their declared order: true for
  /// the progression of a status and the ladder of actions.
  public var isOrdered: Bool {
    switch self {
    case .status, .action: true
    case .violation: false
    }
  }

  /// The position of the named value in `values`, or `nil` when it is not one.
  public func index(of name: String) -> Int? {
    values.firstIndex(of: name)
  }
}
