import Foundation
import TestSupport
import Testing

/// `rulec diff` between two folders and between two revisions of a git
/// repository made here, against golden outputs in every format
/// (`Tests/Fixtures/Diff/expected`; `RULEC_RECORD=1` re-records them).
@Suite struct DiffTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Diff")

  /// A repository with the fixture's two versions: `v1` (tagged) and `main`.
  static func repository() throws -> GitFixture {
    let repository = try GitFixture()
    try repository.commit(contentsOf: fixtures.appendingPathComponent("v1"), message: "v1")
    try repository.git("tag", "v1")
    try repository.commit(contentsOf: fixtures.appendingPathComponent("v2"), message: "v2")
    return repository
  }

  /// Compares `actual` with a golden file, or records it.
  static func expectGolden(_ actual: String, _ name: String) throws {
    let url = fixtures.appendingPathComponent("expected/\(name)")
    if ProcessInfo.processInfo.environment["RULEC_RECORD"] != nil {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == golden, "\(name) differs from its golden file")
  }

  @Test(arguments: [("text", "txt"), ("markdown", "md"), ("json", "json")])
  func betweenFolders(format: String, ext: String) throws {
    let run = try RulecProcess.run("diff v1/rules v2/rules --format \(format)", in: Self.fixtures)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    try Self.expectGolden(run.stdout, "folders.\(ext)")
  }

  @Test(arguments: [("text", "txt"), ("markdown", "md"), ("json", "json")])
  func betweenRevisions(format: String, ext: String) throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let run = try RulecProcess.run("diff v1 main --format \(format)", in: repository.root)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    try Self.expectGolden(run.stdout, "git.\(ext)")
  }

  @Test func revisionsAndFoldersAgree() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let revisions = try RulecProcess.run("diff HEAD~1 HEAD --format json", in: repository.root)
    let folders = try RulecProcess.run(
      "diff v1/rules v2/rules --format json", in: Self.fixtures)
    func changes(_ json: String) throws -> NSDictionary {
      let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      var body = object ?? [:]
      body["old"] = nil
      body["new"] = nil
      return body as NSDictionary
    }
    #expect(try changes(revisions.stdout) == changes(folders.stdout))
  }

  @Test func revisionAgainstTheWorkingFolder() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    // The working tree holds v2: v1's rules and document come from git.
    let run = try RulecProcess.run("diff --rules rules v1 rules", in: repository.root)
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("v1 → rules: 14 changes; 1 deadline later\n"))
  }

  @Test func failOnLaterExitsOneOnlyWhenADeadlineMovesLater() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let later = try RulecProcess.run("diff v1 main --fail-on-later", in: repository.root)
    #expect(later.status == 1)
    let same = try RulecProcess.run("diff main main --fail-on-later", in: repository.root)
    #expect(same.status == 0)
    #expect(same.stdout == "main → main: no changes\n")
  }

  @Test func unknownRevisionIsACodedError() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let run = try RulecProcess.run("diff v9 main", in: repository.root)
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(
      run.stderr.hasPrefix(
        "error[E261]: 'v9' is neither a folder nor a revision of this repository\n"))
  }

  @Test func revisionOutsideARepositoryIsACodedError() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-norepo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try RulecProcess.run(
      "diff HEAD~1 HEAD", in: folder, environment: ["GIT_CEILING_DIRECTORIES": folder.path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E260]: 'HEAD~1' is not a folder, and this is not a git"))
  }

  @Test func revisionWithoutRulesIsACodedError() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let run = try RulecProcess.run("diff --rules plans v1 main", in: repository.root)
    #expect(run.status == 2)
    #expect(
      run.stderr.contains("error[E262]: revision 'v1' has no rule files (*.yaml) under 'plans'"))
  }

  @Test func errorsInARevisionNameTheRevisionAndShowTheLine() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let broken = repository.root.appendingPathComponent("rules/duties.yaml")
    let text = try String(contentsOf: broken, encoding: .utf8)
    try text.replacingOccurrences(
      of: "responsible: env-dept\n    depends_on", with: "responsible: env-dep\n    depends_on"
    )
    .write(to: broken, atomically: true, encoding: .utf8)
    try repository.git("commit", "-q", "-am", "broken")
    let run = try RulecProcess.run("diff v1 HEAD", in: repository.root)
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(
      run.stderr.contains("HEAD:rules/duties.yaml:12:18: error[E032]: unknown body 'env-dep'"))
    #expect(run.stderr.contains("    responsible: env-dep\n"))
  }
}
