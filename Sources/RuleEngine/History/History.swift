public import RuleParser

/// A series of snapshots checked one by one: per body and month, the duties
/// due, done and overdue and the escalations, with the trend from the month
/// before; and where a later snapshot rewrites an earlier one.
public struct History: Sendable {
  /// One snapshot of the series, checked.
  public struct Point: Sendable {
    /// The snapshot's path.
    public var path: String
    /// Its day.
    public var asOf: Day
    /// The findings.
    public var result: CheckResult
    /// Every body's progress.
    public var progress: PlanProgress
  }

  /// Which way a body went since the month before.
  public enum Trend: String, Sendable, Hashable {
    /// Fewer overdue duties, or as many and fewer escalations.
    case better
    /// More overdue duties, or as many and more escalations.
    case worse
    /// The same.
    case same
  }

  /// One body in one month.
  public struct Row: Sendable, Hashable {
    /// The month: `2017-10`.
    public var month: String
    /// The snapshot's day.
    public var asOf: Day
    /// The body's tally.
    public var progress: BodyProgress
    /// The trend from the body's previous row, `nil` for its first.
    public var trend: Trend?
  }

  /// The snapshots, by day; the last of each month stands for the month.
  public var points: [Point]
  /// Every rewrite between consecutive snapshots.
  public var rewrites: [SnapshotRewrite]

  /// Checks every snapshot (sorted by day) and compares consecutive ones.
  public init(graph: ObligationGraph, snapshots: [Snapshot]) {
    let checker = Checker(graph: graph)
    let sorted = snapshots.sorted { $0.asOf.value < $1.asOf.value }
    points = sorted.map { snapshot in
      let result = checker.check(snapshot)
      return Point(
        path: snapshot.path, asOf: snapshot.asOf.value, result: result,
        progress: PlanProgress(graph: graph, snapshot: snapshot, result: result))
    }
    rewrites = zip(sorted, sorted.dropFirst()).flatMap {
      SnapshotRewrites.find(earlier: $0, later: $1)
    }
  }

  /// The points that stand for their months (the last snapshot of each).
  public var months: [Point] {
    var byMonth: [String: Point] = [:]
    for point in points { byMonth[point.asOf.monthKey] = point }
    return byMonth.keys.sorted().compactMap { byMonth[$0] }
  }

  /// Per body (by id), then month: the tallies and the trend.
  public var rows: [Row] {
    var rows: [Row] = []
    let months = months
    let active = months.flatMap(\.progress.bodies).filter {
      $0.due > 0 || $0.violations > 0 || $0.escalations > 0
    }
    let bodies = Set(active.map(\.body)).sorted()
    for body in bodies {
      var previous: BodyProgress?
      for point in months {
        let tally = point.progress.bodies.first { $0.body == body } ?? BodyProgress(body: body)
        rows.append(
          Row(
            month: point.asOf.monthKey, asOf: point.asOf, progress: tally,
            trend: previous.map { Self.trend(from: $0, to: tally) }))
        previous = tally
      }
    }
    return rows
  }

  /// The trend between two tallies of one body.
  static func trend(from old: BodyProgress, to new: BodyProgress) -> Trend {
    let (before, after) = ((old.overdue, old.escalations), (new.overdue, new.escalations))
    if after < before { return .better }
    if after > before { return .worse }
    return .same
  }
}
