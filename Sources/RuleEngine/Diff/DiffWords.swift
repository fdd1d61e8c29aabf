import RuleParser

/// The values of a diff in words: deadlines, targets, lists and numbers,
/// written the same way on both sides so that equal values compare equal.
enum DiffWords {
  /// An obligation's deadline: a date, a relative rule or a recurrence;
  /// `nil` when it has none (a class alone).
  static func deadline(of obligation: Obligation) -> String? {
    if let every = obligation.every {
      let from = obligation.from.map { " from \($0)" } ?? ""
      let until = obligation.until.map { " until \($0)" } ?? ""
      return every.rawValue + from + until
    }
    switch obligation.due {
    case .fixed(let day, _):
      return day.description
    case .relative(let within, let after):
      return "within \(within) after " + (after ?? "the plan takes effect")
    case nil:
      return nil
    }
  }

  /// A metric's target: `at_most 35 by 2020-12-31`.
  static func target(_ metric: Metric) -> String {
    "\(metric.direction.rawValue) \(number(metric.target)) by \(metric.by)"
  }

  /// A metric's baseline: `52 on 2016-12-31`, or `nil` without one.
  static func baseline(_ metric: Metric) -> String? {
    guard let value = metric.baselineValue else { return nil }
    return number(value) + (metric.baselineOn.map { " on \($0)" } ?? "")
  }

  /// A list of ids, comma-separated (`nil` when empty).
  static func list(_ ids: [String]) -> String? {
    ids.isEmpty ? nil : ids.joined(separator: ", ")
  }

  /// A number without a needless fraction: `35`, `0.6`.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}

extension DiffWords {
  /// How far deadlines moved: `31 days later`, `1 day earlier`,
  /// `3 to 31 days later`, `10 days earlier to 5 days later`.
  static func shift(_ range: ClosedRange<Int>) -> String {
    let (low, high) = (range.lowerBound, range.upperBound)
    if low == high { return days(abs(low)) + (low > 0 ? " later" : " earlier") }
    if low > 0 { return "\(low) to \(days(high)) later" }
    if high < 0 { return "\(-high) to \(days(-low)) earlier" }
    return days(-low) + " earlier to " + days(high) + " later"
  }

  /// `1 day`, `2 days`.
  static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

  /// What happened to a deadline, in words.
  static func movement(_ change: GraphDiff.DeadlineChange) -> String {
    if let range = change.shift {
      let count = change.movedInstances
      return shift(range) + " (\(count) instance\(count == 1 ? "" : "s"))"
    }
    switch (change.old, change.new) {
    case (nil, _): return "deadline added"
    case (_, nil): return "deadline dropped"
    default: return "rule changed, no planned date moved"
    }
  }
}
