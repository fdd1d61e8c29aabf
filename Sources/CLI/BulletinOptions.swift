import ArgumentParser
import RuleEngine
import RuleParser

/// The head and foot of the bulletin (`check --format markdown`); each
/// defaults from the plan and the snapshot (see `BulletinHeading`).
struct BulletinOptions: ParsableArguments {
  @Option(help: "The bulletin's title (default: 关于<plan title>落实情况的通报).")
  var title: String?

  @Option(help: "The bulletin's number (default: <year>年第<month>期 of the snapshot's day).")
  var number: String?

  @Option(
    help: "The issuing body, signed at the end (default: the office the plan's 预警 and 督办 name).")
  var issuer: String?

  @Option(help: "The date of issue, YYYY-MM-DD (default: the snapshot's day).")
  var date: String?

  /// The `--date` given, checked: reports E245 when it is not a date.
  func issueDate(into diagnostics: inout Diagnostics) -> Day? {
    guard let date else { return nil }
    guard let day = Day(iso: date) else {
      diagnostics.report(
        .error(
          .bulletinDateOption,
          LocalizedText("--date '\(date)' is not a date", "--date '\(date)' 不是日期"),
          at: nil))
      return nil
    }
    return day
  }

  /// The heading for a snapshot of a plan.
  func heading(for graph: ObligationGraph, asOf: Day, date: Day?) -> BulletinHeading {
    BulletinHeading.defaults(
      for: graph, asOf: asOf, title: title, number: number, issuer: issuer, date: date)
  }
}
