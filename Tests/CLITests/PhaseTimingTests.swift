import Foundation
import TestSupport
import Testing

/// `RULEC_PHASES=1`: the phases and steps `Benchmarks/run.sh` reads from
/// standard error, each once, in order, in the one form it parses; and
/// nothing else of the run changes.
@Suite struct PhaseTimingTests {
  static let timed = ["RULEC_PHASES": "1"]
  static let loadingSteps = [
    "step files", "step declarations", "step expansion", "step enforcement",
  ]

  @Test func lintTimesTheStepsOfLoadingTheRules() throws {
    let plain = try RulecProcess.run("lint", in: Fixtures.packageRoot)
    let timed = try RulecProcess.run("lint", in: Fixtures.packageRoot, environment: Self.timed)
    #expect(timed.status == plain.status)
    #expect(timed.stdout == plain.stdout)
    #expect(try Self.timings(in: timed.stderr, besides: plain.stderr) == Self.loadingSteps)
  }

  @Test func checkTimesItsPhasesWithTheStepsOfTheRules() throws {
    let command = "check examples/snapshots/2017-10-15.json"
    let plain = try RulecProcess.run(command, in: Fixtures.packageRoot)
    let timed = try RulecProcess.run(command, in: Fixtures.packageRoot, environment: Self.timed)
    #expect(timed.status == plain.status)
    #expect(timed.stdout == plain.stdout)
    let names = try Self.timings(in: timed.stderr, besides: plain.stderr)
    // The snapshot is read beside the rules: its line comes when it is done.
    #expect(names.filter { $0 == "phase prefetch" }.count == 1)
    #expect(
      names.filter { $0 != "phase prefetch" }
        == Self.loadingSteps + [
          "phase rules", "phase read", "phase evaluate", "phase progress", "phase write",
        ])
  }

  @Test func compileTimesTheRulesAndWritingTheGraph() throws {
    try Fixtures.withTemporaryFile("", extension: ".json") { graph in
      let timed = try RulecProcess.run(
        "compile -o \(graph)", in: Fixtures.packageRoot, environment: Self.timed)
      #expect(timed.status == 0)
      #expect(
        try Self.timings(in: timed.stderr) == Self.loadingSteps + ["phase rules", "phase write"])
    }
  }

  /// The names (`step files`, `phase rules`) of the timing lines of
  /// `stderr`, each checked for its form; the other lines must be `plain`'s.
  static func timings(in stderr: String, besides plain: String = "") throws -> [String] {
    let form = try Regex(#"^(phase|step) [a-z]+: [0-9]+\.[0-9]{3} s, [0-9]+\.[0-9]{3} s cpu$"#)
    var names: [String] = []
    var rest: [Substring] = []
    for line in stderr.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("phase ") || line.hasPrefix("step ") {
        #expect(line.wholeMatch(of: form) != nil, "\(line)")
        names.append(String(line.prefix { $0 != ":" }))
      } else {
        rest.append(line)
      }
    }
    #expect(rest.joined(separator: "\n") == plain)
    return names
  }
}
