import Foundation
import TestSupport
import Testing

/// What no golden case can set up: closed standard input, named pipes and
/// links in the rules folder, and `-o` onto links and devices.
@Suite struct HostileInputTests {
  static let plan = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Check/plan").path
  static let snapshot = URL(fileURLWithPath: plan).deletingLastPathComponent()
    .appendingPathComponent("snapshots/2017-10-15.json").path

  /// Runs `rulec` through the shell (for redirections such as `<&-`).
  private func shell(_ script: String, in folder: URL) throws -> RulecProcess.Output {
    let rulec = RulecProcess.executable.path
    return try RulecProcess.runShell(
      script.replacingOccurrences(of: "RULEC", with: rulec), in: folder)
  }

  private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rulec-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    // A .git makes the folder the repository the document must stay in.
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent(".git"), withIntermediateDirectories: true)
    return url
  }

  @Test(arguments: ["check --rules PLAN -", "graph --rules PLAN --snapshot -"])
  func closedStandardInputIsAnErrorNotATrap(_ command: String) throws {
    let folder = try temporaryFolder()
    let run = try shell(
      "RULEC \(command.replacingOccurrences(of: "PLAN", with: Self.plan)) <&-", in: folder)
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E001]"))
  }

  @Test func standardInputStopsAtTheSizeLimit() throws {
    let folder = try temporaryFolder()
    let run = try shell(
      "head -c 67108870 /dev/zero | RULEC check --rules \(Self.plan) -", in: folder)
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E280]"))
  }

  @Test func aNamedPipeInTheRulesIsRefusedWithoutBlocking() throws {
    let folder = try temporaryFolder()
    let rules = folder.appendingPathComponent("rules")
    try FileManager.default.copyItem(atPath: Self.plan, toPath: rules.path)
    #expect(mkfifo(rules.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
    let run = try shell("timeout 20 RULEC lint --rules rules", in: folder)
    #expect(run.status == 2)
    #expect(run.stderr.contains("rules/pipe.yaml:1:1: error[E283]"))
  }

  @Test func aSymlinkedSubfolderIsAnErrorNotASilentDrop() throws {
    let folder = try temporaryFolder()
    let rules = folder.appendingPathComponent("rules")
    try FileManager.default.copyItem(atPath: Self.plan, toPath: rules.path)
    let elsewhere = folder.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: rules.appendingPathComponent("more"), withDestinationURL: elsewhere)
    let run = try shell("RULEC lint --rules rules", in: folder)
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E284]"))
  }

  @Test func anUnreadableSubfolderIsAnError() throws {
    // Root reads every folder whatever its mode: nothing to show then.
    guard getuid() != 0 else { return }
    let folder = try temporaryFolder()
    let rules = folder.appendingPathComponent("rules")
    try FileManager.default.copyItem(atPath: Self.plan, toPath: rules.path)
    let closed = rules.appendingPathComponent("closed")
    try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
    chmod(closed.path, 0)
    defer { chmod(closed.path, 0o755) }
    let run = try shell("RULEC lint --rules rules", in: folder)
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E284]"))
  }

  @Test func outputOntoASymlinkReplacesItsTarget() throws {
    let folder = try temporaryFolder()
    let target = folder.appendingPathComponent("graph.json")
    try Data("old".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("link.json"), withDestinationURL: target)
    let run = try shell("RULEC compile --rules \(Self.plan) -o link.json", in: folder)
    #expect(run.status == 0)
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.appendingPathComponent("link.json").path)
    #expect(link == target.path)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{"))
  }

  @Test func outputOntoANamedPipeIsWrittenThrough() throws {
    let folder = try temporaryFolder()
    let pipe = folder.appendingPathComponent("out.pipe")
    #expect(mkfifo(pipe.path, 0o644) == 0)
    let run = try shell(
      "cat out.pipe > read.txt & RULEC compile --rules \(Self.plan) -o out.pipe; wait", in: folder)
    #expect(run.status == 0)
    var status = stat()
    #expect(lstat(pipe.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    let read = try String(contentsOf: folder.appendingPathComponent("read.txt"), encoding: .utf8)
    #expect(read.hasPrefix("{"))
  }

  /// Runs `setup`, then `rulec check` of the fixture's snapshot as JUnit
  /// with `-o output`, in a folder with an old `report.xml`.
  private func checkJUnit(
    after setup: String, output: String
  ) throws -> (run: RulecProcess.Output, folder: URL, old: URL) {
    let folder = try temporaryFolder()
    let old = folder.appendingPathComponent("report.xml")
    try Data("old".utf8).write(to: old)
    let run = try shell(
      "\(setup); RULEC check --rules \(Self.plan) --format junit --fail-on none "
        + "\(Self.snapshot) -o \(output)", in: folder)
    return (run, folder, old)
  }

  @Test func outputOntoARelativeSymlinkBesideItReplacesItsTarget() throws {
    let (run, _, target) = try checkJUnit(after: "ln -s report.xml link.xml", output: "link.xml")
    #expect(run.status == 0)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("<?xml"))
  }

  @Test func aReportCutShortLeavesTheOldFileAsItWas() throws {
    // Files may grow to 1 KiB only; the ignored signal makes a longer write fail (EFBIG).
    let (run, folder, target) = try checkJUnit(
      after: "trap '' XFSZ; ulimit -f 1", output: "report.xml")
    #expect(run.status == 2)
    #expect(run.stderr.contains("cannot write 'report.xml'"))
    #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == [".git", "report.xml"])
  }

  @Test func outputOntoDevNullLeavesTheDevice() throws {
    let folder = try temporaryFolder()
    let run = try shell("RULEC compile --rules \(Self.plan) -o /dev/null", in: folder)
    #expect(run.status == 0)
    var status = stat()
    #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }
}
