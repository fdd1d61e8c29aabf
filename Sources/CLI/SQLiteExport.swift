import ArgumentParser
import Foundation
import GRDB
import RuleEngine
import RuleParser

/// `--sqlite FILE`: the graph, the findings and the progress as tables of an
/// SQLite database (schema in docs/sqlite.md), for SQL and BI tools.
///
/// The database is written to a temporary file beside FILE and moved into
/// place, so FILE is never half-written; an existing FILE is replaced.
enum SQLiteExport {
  /// One checked snapshot: the snapshot, its findings, its progress.
  typealias Check = (snapshot: Snapshot, result: CheckResult, progress: PlanProgress)

  /// Writes the database.
  static func write(
    to path: String, graph: ObligationGraph, checks: [Check], history: History? = nil,
    language: Language
  ) throws {
    let target = URL(fileURLWithPath: path)
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
    do {
      try? FileManager.default.removeItem(at: temporary)
      let queue = try DatabaseQueue(path: temporary.path)
      try queue.write { db in
        try db.execute(sql: SQLiteSchema.sql)
        try graphRows(graph, db)
        for check in checks { try checkRows(check, db) }
        if let history { try historyRows(history, db) }
      }
      try queue.close()
      guard rename(temporary.path, target.path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      try Terminal.fail(.sqliteWrite(path, reason: "\(error)"), language: language)
    }
  }

  private static func insert(
    _ db: Database, _ table: String, _ rows: [[(any DatabaseValueConvertible)?]]
  ) throws {
    guard let width = rows.first?.count else { return }
    let marks = Array(repeating: "?", count: width).joined(separator: ", ")
    let statement = try db.makeStatement(sql: "INSERT INTO \(table) VALUES (\(marks))")
    for row in rows { try statement.execute(arguments: StatementArguments(row)) }
  }

  private static func graphRows(_ graph: ObligationGraph, _ db: Database) throws {
    let plan = graph.plan
    try insert(db, "plan", [[plan.id, plan.title, plan.effective?.description]])
    try insert(
      db, "bodies",
      graph.bodies.map { [$0.id, $0.name, $0.short, $0.parent, $0.isGroup] })
    try insert(
      db, "group_members",
      graph.bodies.flatMap { body in body.members.map { [body.id, $0] } })
    try insert(
      db, "obligations",
      graph.obligations.map {
        [$0.id, $0.title, $0.source?.section, $0.source?.quote, $0.location.description]
      })
    try insert(
      db, "instances",
      graph.instances.map {
        [
          $0.id, $0.obligation, $0.body, $0.occurrence, $0.due?.description,
          $0.relativeDue?.after, $0.obligationClass?.id,
        ]
      })
    try insert(
      db, "dependencies",
      graph.instances.flatMap { instance in instance.dependencies.map { [instance.id, $0] } })
    try insert(
      db, "metrics",
      graph.metrics.map {
        [
          $0.id, $0.name, $0.unit, $0.baselineValue, $0.baselineOn?.description,
          $0.direction == .atMost ? "at_most" : "at_least", $0.target, $0.by.description,
        ]
      })
    try insert(db, "metric_instances", graph.metricInstances.map { [$0.id, $0.metric, $0.body] })
    try insert(
      db, "policies",
      graph.policies.map {
        [
          $0.id, $0.title, $0.action.rawValue, $0.by, $0.when, $0.source?.section,
          $0.location.description,
        ]
      })
  }

  private static func checkRows(_ check: Check, _ db: Database) throws {
    let (snapshot, result, progress) = check
    let day = result.asOf.description
    try insert(db, "snapshots", [[day, snapshot.path]])
    try insert(
      db, "violations",
      result.violations.map {
        [
          day, $0.kind.rawValue, $0.instance, $0.subject, $0.body, $0.title, $0.due?.description,
          result.changes?.change(of: $0).rawValue,
        ]
      })
    try insert(
      db, "escalations",
      result.escalations.map {
        [
          day, $0.action.rawValue, $0.policy, $0.by, $0.target, $0.instance, $0.violation.rawValue,
          result.changes?.change(of: $0).rawValue,
        ]
      })
    try insert(
      db, "progress",
      progress.bodies.map {
        [
          day, result.asOf.monthKey, $0.body, $0.due, $0.done, $0.overdue, $0.violations,
          $0.escalations, $0.highestAction?.rawValue, $0.completionRate,
        ]
      })
    try insert(
      db, "deadlines",
      progress.deadlines.map { [day, $0.instance, $0.body, $0.due.description, $0.state.rawValue] })
  }

  private static func historyRows(_ history: History, _ db: Database) throws {
    try insert(
      db, "trends",
      history.rows.map { [$0.month, $0.asOf.description, $0.progress.body, $0.trend?.rawValue] })
    try insert(
      db, "rewrites",
      history.rewrites.map { [$0.kind.rawValue, $0.instance, $0.earlier, $0.later, $0.detail.en] })
  }
}
