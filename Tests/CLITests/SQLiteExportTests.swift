import Foundation
import TestSupport
import Testing

/// `--sqlite` writes the graph, the findings and the history; Python's
/// `sqlite3` reads them back.
@Suite struct SQLiteExportTests {
  static let reader = """
    import json, sqlite3, sys
    db = sqlite3.connect(sys.argv[1])
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    snapshots = [r[0] for r in db.execute("SELECT as_of FROM snapshots ORDER BY as_of")]
    zhangye = db.execute(
        "SELECT due, done, overdue, escalations, highest_action FROM progress "
        "WHERE as_of='2017-10-15' AND body='zhangye'").fetchone()
    accountability = db.execute(
        "SELECT target, instance FROM escalations WHERE as_of='2017-10-15' AND action='accountability'"
    ).fetchall()
    joined = db.execute(
        "SELECT COUNT(*) FROM violations v JOIN instances i ON i.id = v.instance "
        "JOIN obligations o ON o.id = i.obligation WHERE v.as_of='2017-10-15'").fetchone()[0]
    trends = db.execute("SELECT month, trend FROM trends WHERE body='zhangye' ORDER BY month").fetchall()
    rewrites = [r[0] for r in db.execute("SELECT DISTINCT kind FROM rewrites ORDER BY kind")]
    print(json.dumps({"tables": tables, "counts": counts, "snapshots": snapshots,
        "zhangye": list(zhangye), "accountability": [list(r) for r in accountability],
        "joined": joined, "trends": [list(r) for r in trends], "rewrites": rewrites}, sort_keys=True))
    """

  static func read(_ database: URL) throws -> [String: Any] {
    let script = database.deletingLastPathComponent().appendingPathComponent("read.py")
    try reader.write(to: script, atomically: true, encoding: .utf8)
    let (out, err, status) = try DashboardChromiumTests.run(
      "python3", [script.path, database.path])
    #expect(status == 0, "\(err)")
    let object = try JSONSerialization.jsonObject(with: Data(out.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func historyWritesEverySnapshotAndTheTrends() throws {
    let folder = try DashboardChromiumTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("history.sqlite")
    let fixtures = DashboardChromiumTests.checkFixtures
    let run = try RulecProcess.run(
      "history --rules ../Check/plan --sqlite \(database.path) --format json "
        + "../Check/snapshots ../CLI/history-rewrite/2017-09-15.json",
      in: fixtures.appendingPathComponent("../CLI").standardized)
    // Two snapshots of 2017-09-15: an error, and no database.
    #expect(run.status == 2)
    #expect(run.stderr.contains("E247"))
    #expect(!FileManager.default.fileExists(atPath: database.path))
    let good = try RulecProcess.run(
      "history --rules plan --sqlite \(database.path) snapshots", in: fixtures)
    #expect(good.status == 0, "\(good.stderr)")
    let read = try Self.read(database)
    #expect(read["snapshots"] as? [String] == ["2017-07-15", "2017-09-15", "2017-10-15"])
    #expect((read["zhangye"] as? [Any])?.map { "\($0)" } == ["1", "0", "1", "5", "accountability"])
    #expect((read["accountability"] as? [[String]]) == [["zhangye", "water.sand-plan@zhangye"]])
    let counts = try #require(read["counts"] as? [String: Int])
    #expect(counts["instances"] ?? 0 > 0)
    #expect(counts["policies"] ?? 0 > 0)
    #expect(counts["violations"] ?? 0 >= 7)
    let trends = try #require(read["trends"] as? [[Any]])
    #expect(trends.map { "\($0[0])" } == ["2017-07", "2017-09", "2017-10"])
    let tables = try #require(read["tables"] as? [String])
    #expect(
      tables == [
        "bodies", "deadlines", "dependencies", "escalations", "group_members", "instances",
        "metric_instances", "metrics", "obligations", "plan", "policies", "progress", "rewrites",
        "snapshots", "trends", "violations",
      ])
  }

  @Test func checkWritesItsSnapshotAndReplacesTheFile() throws {
    let folder = try DashboardChromiumTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("check.sqlite")
    try Data("not a database".utf8).write(to: database)
    let run = try RulecProcess.run(
      "check --rules plan --fail-on none --sqlite \(database.path) snapshots/2017-10-15.json",
      in: DashboardChromiumTests.checkFixtures)
    #expect(run.status == 0, "\(run.stderr)")
    let read = try Self.read(database)
    #expect(read["snapshots"] as? [String] == ["2017-10-15"])
    // The five duty violations join their instance and obligation (the two metric ones do not).
    #expect(read["joined"] as? Int == 5)
  }
}
