import Foundation
import TestSupport
import Testing

/// `rulec init DIR`: the skeleton lints, tests, covers and checks clean.
@Suite struct InitTests {
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func theSkeletonLintsTestsAndChecksClean() throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let created = try RulecProcess.run("init Water-Plan", in: parent)
    #expect(created.status == 0)
    #expect(created.stderr == "")
    #expect(
      created.stdout == """
        created Water-Plan/
          document.txt
          rules/plan.yaml
          rules/obligations.yaml
          rules/policies.yaml
          rules/tests/policies.yaml
          snapshots/2018-01-15.json
        next: cd Water-Plan && rulec lint && rulec test && rulec check snapshots/2018-01-15.json

        """)
    let plan = parent.appendingPathComponent("Water-Plan")
    let lint = try RulecProcess.run("lint --strict", in: plan)
    #expect(lint.status == 0)
    #expect(lint.stderr == "")
    let test = try RulecProcess.run("test", in: plan)
    #expect(test.status == 0)
    #expect(test.stdout.hasSuffix("2 cases: 2 passed, 0 failed\n"))
    let check = try RulecProcess.run("check snapshots/2018-01-15.json --format json", in: plan)
    #expect(check.status == 0)
    let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
    #expect(report?["plan"] as? String == "water-plan")
    #expect((report?["violations"] as? [Any])?.isEmpty == true)
    let coverage = try RulecProcess.run("coverage --min 100", in: plan)
    #expect(coverage.status == 0)
  }

  @Test func theSkeletonIsValidUnderTheSchemas() throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    _ = try RulecProcess.run("init plan", in: parent)
    let plan = parent.appendingPathComponent("plan").path
    let rules = ["plan.yaml", "obligations.yaml", "policies.yaml"].map { "\(plan)/rules/\($0)" }
    for (schema, files) in [
      ("rules.schema.json", rules), ("snapshot.schema.json", ["\(plan)/snapshots/2018-01-15.json"]),
    ] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments =
        ["python3", "Tests/Fixtures/Schema/validate.py", "schema/\(schema)"] + files
      process.currentDirectoryURL = Fixtures.packageRoot
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(schema)")
    }
  }

  @Test func aFolderWithFilesIsRefused() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "x".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let run = try RulecProcess.run("init .", in: folder)
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(
      run.stderr == """
        error[E275]: '.' already exists and is not an empty folder
          help: give a new folder's name: rulec init NEW-FOLDER
        1 error, 0 warnings

        """)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
  }
}
