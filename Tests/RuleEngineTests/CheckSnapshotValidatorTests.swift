import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Snapshots checked against the plan: ids, the plan id, the order of dates.
@Suite struct CheckSnapshotValidatorTests {
  /// The codes reported, each line checked the same validated in one part
  /// and in two halves side by side.
  private func codes(_ json: String) throws -> [String] {
    var results: [[String]] = []
    for entriesPerHalf in [Int.max, 1] {
      var diagnostics = Diagnostics()
      let snapshot = try #require(CheckFixture.read(json, diagnostics: &diagnostics))
      var validator = SnapshotValidator(graph: try CheckFixture.graph())
      validator.entriesPerHalf = entriesPerHalf
      let valid = validator.validate(snapshot, into: &diagnostics)
      #expect(valid == !diagnostics.hasErrors)
      results.append(diagnostics.sorted.map { "\($0.code.rawValue) \($0.range?.start.line ?? 0)" })
    }
    #expect(results[0] == results[1])
    return results[0].map { String($0.prefix { $0 != " " }) }
  }

  @Test func aCleanSnapshotPasses() throws {
    let url = CheckFixture.folder.appendingPathComponent("snapshots/2017-10-15.json")
    #expect(try codes(String(contentsOf: url, encoding: .utf8)).isEmpty)
  }

  @Test func aSnapshotOfAnotherPlanIsRejected() throws {
    #expect(try codes(#"{"plan": "other", "as_of": "2017-10-15"}"#) == ["E111"])
    #expect(try codes(#"{"as_of": "2017-10-15"}"#).isEmpty)
  }

  @Test func unknownIdsAreRejectedWithASuggestion() throws {
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      CheckFixture.read(
        #"""
        {"as_of": "2017-10-15",
         "obligations": {"env.inspecton": {"status": "in_progress"}},
         "metrics": {"air.pm25": [{"on": "2017-09-01", "value": 40}]},
         "actions": [{"action": "warning", "instance": "air.pm25@lanzhou", "on": "2017-10-01"}]}
        """#, diagnostics: &diagnostics))
    var validator = SnapshotValidator(graph: try CheckFixture.graph())
    #expect(!validator.validate(snapshot, into: &diagnostics))
    let sorted = diagnostics.sorted
    #expect(sorted.map(\.code.rawValue) == ["E112", "E113"])
    #expect(sorted.first?.notes.last?.message.en == "did you mean 'env.inspection'?")
    #expect(sorted.first?.range?.start.line == 2)
  }

  @Test func datesMustFollowTheirOrder() throws {
    #expect(
      try codes(
        #"""
        {"as_of": "2017-10-15", "obligations": {
          "env.inspection": {"status": "done", "completed": "2017-10-16", "reported": "2017-10-01",
            "published": "2017-10-20"},
          "env.regulation": {"status": "not_started", "published": "2017-10-01"},
          "water.sand-plan@lanzhou": {"status": "closed"}},
         "metrics": {"water.good-ratio": [{"on": "2017-10-16", "value": 1}]},
         "actions": [{"action": "warning", "instance": "env.regulation", "on": "2017-10-16"}]}
        """#) == ["E114", "E115", "E114", "E117", "E118", "E114", "E114"])
  }

  @Test func theQuickPassFindsEveryDateProblemAlone() throws {
    // Each entry alone in its snapshot: the quick pass must send every one
    // to the full check, which reports it.
    let problems: [(String, String)] = [
      (#"{"status": "in_progress", "completed": "2017-10-01"}"#, "E117"),
      (#"{"status": "done", "completed": "2017-10-16"}"#, "E114"),
      (#"{"status": "done"}"#, "E118"),
      (#"{"status": "done", "completed": "2017-10-01", "reported": "2017-09-30"}"#, "E115"),
      (#"{"status": "done", "completed": "2017-10-01", "reported": "2017-10-16"}"#, "E114"),
      (#"{"status": "in_progress", "reported": "2017-10-01"}"#, "E117"),
      (#"{"status": "done", "completed": "2017-10-01", "published": "2017-09-30"}"#, "E115"),
      (#"{"status": "done", "completed": "2017-10-01", "published": "2017-10-16"}"#, "E114"),
      (#"{"status": "done", "completed": "2017-10-01", "accepted_on": "2017-09-30"}"#, "E115"),
      (#"{"status": "done", "completed": "2017-10-01", "accepted_on": "2017-10-16"}"#, "E114"),
    ]
    for (entry, code) in problems {
      let json = #"{"as_of": "2017-10-15", "obligations": {"env.inspection": "# + entry + "}}"
      #expect(try codes(json) == [code], "\(entry)")
    }
    let clean =
      #"{"status": "done", "completed": "2017-10-01", "reported": "2017-10-02", "#
      + #""published": "2017-10-15", "accepted_on": "2017-10-01", "note": "ok"}"#
    #expect(
      try codes(#"{"as_of": "2017-10-15", "obligations": {"env.inspection": "# + clean + "}}")
        .isEmpty)
  }

  @Test func aProblemInTheSecondHalfIsFound() throws {
    let found = try codes(
      #"""
      {"as_of": "2017-10-15", "obligations": {
        "env.inspection": {"status": "in_progress"},
        "env.regulation": {"status": "not_started", "published": "2017-10-01"}}}
      """#)
    #expect(found == ["E117"])
  }
}
