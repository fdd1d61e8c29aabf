import Foundation
import TestSupport
import Testing

/// Lints and checks every example plan under `examples/plans/` against its golden output.
@Suite struct ExamplePlansTests {
  static let plans = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("examples/plans")

  /// Each plan's folder with its snapshot's date (`snapshot-DATE.json`, `check-DATE.txt`).
  static let cases = [("city-opinions", "2013-07-15"), ("province-air", "2019-01-10")]

  @Test(arguments: cases)
  func lintsCleanUnderStrict(_ plan: String, _ date: String) throws {
    let run = try RulecProcess.run(
      "lint --strict --rules rules", in: Self.plans.appendingPathComponent(plan))
    #expect(run.status == 0)
    #expect(run.stderr == "")
  }

  @Test(arguments: cases)
  func checksAsTheGoldenSays(_ plan: String, _ date: String) throws {
    let folder = Self.plans.appendingPathComponent(plan)
    let run = try RulecProcess.run("check --rules rules snapshot-\(date).json", in: folder)
    let golden = try String(
      contentsOf: folder.appendingPathComponent("check-\(date).txt"), encoding: .utf8)
    // Exit 1 when the plan's policies escalate something (`--fail-on warning`).
    #expect(run.status == (golden.contains(", 0 escalations.") ? 0 : 1))
    #expect(run.stdout == golden)
    #expect(run.stderr == "")
  }

  /// The city's title has 关于 already: the bulletin's title does not double it.
  @Test func bulletinTitleNeverDoublesGuanyu() throws {
    let run = try RulecProcess.run(
      "check --rules rules --format markdown snapshot-2013-07-15.json",
      in: Self.plans.appendingPathComponent("city-opinions"))
    let title = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(title == "# 《示例市人民政府关于加快推进生态文明建设的实施意见》落实情况的通报")
  }

  /// Neither example is a rectification plan: their bulletins and ledgers speak
  /// their own words (`plan.words`), never of 整改.
  @Test(arguments: cases)
  func outputsSpeakThePlansOwnWords(_ plan: String, _ date: String) throws {
    let folder = Self.plans.appendingPathComponent(plan)
    let bulletin = try RulecProcess.run(
      "check --rules rules --format markdown snapshot-\(date).json", in: folder)
    let ledger = try RulecProcess.run("ledger --rules rules --format markdown", in: folder)
    #expect(bulletin.status != 2)
    #expect(!bulletin.stdout.contains("整改"), "\(plan)'s bulletin speaks of 整改")
    #expect(ledger.stdout.hasPrefix("# 任务台账："))
  }

  @Test(arguments: cases)
  func everyTimeExpressionIsAccountedFor(_ plan: String, _ date: String) throws {
    let run = try RulecProcess.run(
      "coverage --rules rules --min 100", in: Self.plans.appendingPathComponent(plan))
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stderr == "", "the rules agree with every expression they quote")
  }
}
