import Foundation
import TestSupport
import Testing

/// The limit options (`--max-input-size`, `--max-instances`…): each
/// changes its bound, and a bad value is a coded command-line error.
@Suite struct LimitOptionsTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Check")

  /// A snapshot padded with spaces to 5 KB, on standard input, under a 3 KiB limit
  /// (the rule files are under it).
  @Test func aLowerInputLimitRefusesStandardInputOverIt() throws {
    let rulec = RulecProcess.executable.path
    let run = try RulecProcess.runShell(
      "(cat snapshots/2017-10-15.json; head -c 4000 /dev/zero | tr '\\0' ' ') |"
        + " \(rulec) check --rules plan --max-input-size 3K -",
      in: Self.fixtures)
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E280]"))
    #expect(run.stderr.contains("over the limit of 3072 bytes"))
    #expect(run.stderr.contains("--max-input-size"))
  }

  @Test func aHigherInputLimitReadsStandardInputPastTheDefault() throws {
    let rulec = RulecProcess.executable.path
    let run = try RulecProcess.runShell(
      "head -c 67108870 /dev/zero | \(rulec) check --rules plan --max-input-size 65M -",
      in: Self.fixtures)
    #expect(run.status == 2)
    #expect(!run.stderr.contains("error[E280]"))
    #expect(run.stderr.contains("<stdin>"))
  }

  @Test func aLowerInstanceLimitStopsTheCompiler() throws {
    let run = try RulecProcess.run("lint --rules plan --max-instances 2", in: Self.fixtures)
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E285]"))
    #expect(run.stderr.contains("over the limit of 2"))
    let normal = try RulecProcess.run("lint --rules plan", in: Self.fixtures)
    #expect(normal.status == 0)
  }

  @Test func theErrorLimitShowsOnlySoManyErrors() throws {
    let run = try RulecProcess.run(
      "lint --rules plan --max-input-size 1K --max-errors 1", in: Self.fixtures)
    #expect(run.status == 2)
    #expect(run.stderr.components(separatedBy: "error[E002]").count == 2)
    #expect(run.stderr.contains("2 errors"))
  }

  @Test(arguments: [
    "--max-input-size 1Q", "--max-input-size 0", "--max-input-size -5",
    "--max-input-size 99999999999G", "--max-instances 1.5", "--max-errors 0",
  ])
  func aBadLimitIsACodedCommandLineError(_ option: String) throws {
    let run = try RulecProcess.run("lint --rules plan \(option)", in: Self.fixtures)
    #expect(run.status == 2)
    #expect(run.stderr.contains("error[E191]"))
  }

  @Test func theLimitsAreListedInHiddenHelp() throws {
    let run = try RulecProcess.run("check --help-hidden", in: Self.fixtures)
    for option in [
      "--max-input-size", "--max-document-size", "--max-instances", "--max-dependencies",
      "--max-errors",
    ] {
      #expect(run.stdout.contains(option))
    }
  }
}
