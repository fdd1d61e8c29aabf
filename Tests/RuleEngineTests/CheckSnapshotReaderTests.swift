import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Snapshot reading: the values it keeps, and a located error for everything
/// that does not fit the format.
///
/// `1️⃣` marks where the error must point.
@Suite struct CheckSnapshotReaderTests {
  /// The text without its marker, and the marker's line and column.
  private func marked(_ text: String) -> (String, line: Int, column: Int) {
    guard let marker = text.range(of: "1️⃣") else { return (text, 0, 0) }
    let before = text[..<marker.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    let column = before[lineStart...].unicodeScalars.count + 1
    return (text.replacingCharacters(in: marker, with: ""), line, column)
  }

  @Test(arguments: [
    ("E102", #"{"as_of": "2017-10-15", 1️⃣"obligation": {}}"#),
    (
      "E102",
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "done", 1️⃣"complete": "2017-09-01"}}}"#
    ),
    ("E103", #"{"as_of": "2017-10-15", "obligations": {"a": 1️⃣{"progress": 0.5}}}"#),
    ("E104", #"{"as_of": "2017-10-15", "obligations": {"a": {"status": 1️⃣{"x": 1}}}}"#),
    ("E105", #"{"as_of": 1️⃣"2017-10-32"}"#),
    (
      "E105",
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "done", "completed": 1️⃣"July 2017"}}}"#
    ),
    ("E106", #"{"as_of": "2017-10-15", "obligations": {"a": {"status": 1️⃣"Finished"}}}"#),
    ("E107", #"{"as_of": "2017-10-15", "metrics": {"m": [{"on": "2017-09-01", "value": 1️⃣"44"}]}}"#),
    (
      "E108",
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "done", "false_report": 1️⃣1}}}"#
    ),
    ("E109", #"{"as_of": "2017-10-15", "actions": 1️⃣{}}"#),
    (
      "E110",
      #"{"as_of": "2017-10-15", "actions": [{"action": 1️⃣"audit", "instance": "a", "on": "2017-10-01"}]}"#
    ),
    (
      "E116",
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "in_progress", "progress": 1️⃣1.2}}}"#
    ),
    (
      "E119",
      #"{"as_of": "2017-10-15", "metrics": {"m": [{"on": "2017-09-01", "value": 1}, {"on": 1️⃣"2017-09-01", "value": 2}]}}"#
    ),
    ("E120", #"1️⃣{"plan": "p"}"#),
    ("E101", #"1️⃣"just a string""#),
    ("E122", #"{"as_of": "2017-10-15", "obligations": {"a": {"status": 1️⃣"  "}}}"#),
    ("E009", #"{"as_of": "2017-10-15", 1️⃣"as_of": "2017-10-16"}"#),
    (
      "E009",
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "done"}, 1️⃣"a": {"status": "done"}}}"#
    ),
    (
      "E009",
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "x"}, 1️⃣"a": {"status": "y"}}}"#
    ),
    (
      "E009",
      #"{"as_of": "2017-10-15", "obligations": {"a": {"status": "x"}, 1️⃣"a": {"status": "done"}}}"#
    ),
    ("E004", #"{"as_of": "2017-10-15", }1️⃣}"#),
  ])
  func errorsPointAtTheirPlace(code: String, text: String) throws {
    let (json, line, column) = marked(text)
    var diagnostics = Diagnostics()
    let snapshot = CheckFixture.read(json, diagnostics: &diagnostics)
    #expect(snapshot == nil)
    let first = try #require(diagnostics.sorted.first)
    #expect(first.code.rawValue == code, "\(first.message.en)")
    #expect(first.range?.start.line == line)
    #expect(first.range?.start.column == column, "\(first.message.en)")
    #expect(first.notes.contains { $0.kind == .help })
  }

  @Test func everyValueIsKeptWithItsLocation() throws {
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      CheckFixture.read(
        """
        {"plan": "check-test-plan", "as_of": "2017-10-15",
         "obligations": {"a": {"status": "done", "completed": "2017-09-01", "reported": "2017-09-02",
           "published": "2017-09-03", "false_report": false, "progress": 1, "note": "备注"}},
         "metrics": {"m": [{"on": "2017-09-30", "value": 44.2}, {"on": "2017-06-30", "value": -1e1}]},
         "actions": [{"action": "interview", "instance": "a", "on": "2017-09-05"}]}
        """, diagnostics: &diagnostics))
    #expect(diagnostics.all.isEmpty)
    #expect(snapshot.plan?.value == "check-test-plan")
    #expect(snapshot.asOf.value.description == "2017-10-15")
    let entry = try #require(snapshot.obligations["a"])
    #expect(entry.status.value == .done)
    #expect(entry.completed?.value.description == "2017-09-01")
    #expect(entry.reported?.value.description == "2017-09-02")
    #expect(entry.published?.value.description == "2017-09-03")
    #expect(entry.falseReport?.value == false)
    #expect(entry.progress?.value == 1)
    #expect(entry.note == "备注")
    #expect(entry.instance.range.start.line == 2)
    #expect(snapshot.metrics["m"]?.map(\.value.value) == [-10, 44.2])
    #expect(snapshot.metricLocations["m"]?.start.line == 4)
    #expect(snapshot.actions.first?.action.value == .interview)
    #expect(snapshot.actions.first?.on.range.start.line == 5)
  }

  /// Plain JSON streams its entries as they are read; a file that stops
  /// being plain JSON part-way (an escape) is read again whole by libyaml:
  /// every entry and every error once, with the same locations.
  @Test func entriesReadBeforeTheFastPathGivesUpCountOnce() throws {
    let plain = """
      {"as_of": "2017-10-15", "obligations": {
       "a": {"status": "Finished"},
       "b": {"status": "in_progress", "note": "x"}}}
      """
    let escaped = plain.replacingOccurrences(of: #""note": "x""#, with: #""note": "\u5907""#)
    var results: [(snapshot: Snapshot?, diagnostics: Diagnostics)] = []
    for json in [plain, escaped] {
      var diagnostics = Diagnostics()
      results.append((CheckFixture.read(json, diagnostics: &diagnostics), diagnostics))
    }
    for (snapshot, diagnostics) in results {
      #expect(snapshot == nil)
      #expect(diagnostics.all.map(\.code.rawValue) == ["E106"])
      #expect(diagnostics.all.first?.range?.start.line == 2)
      #expect(diagnostics.all.first?.range?.start.column == 18)
    }
    let fixed = escaped.replacingOccurrences(
      of: "Finished", with: "done\", \"completed\": \"2017-10-01")
    var diagnostics = Diagnostics()
    let snapshot = try #require(CheckFixture.read(fixed, diagnostics: &diagnostics))
    #expect(diagnostics.all.isEmpty)
    #expect(snapshot.obligations.keys == ["a", "b"])
    #expect(snapshot.obligations["b"]?.note == "备")
  }

  @Test func nullMeansAbsentForOptionalValues() throws {
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      CheckFixture.read(
        #"{"plan": null, "as_of": "2017-10-15", "obligations": {"a": {"status": "in_progress", "progress": null}}}"#,
        diagnostics: &diagnostics))
    #expect(snapshot.plan == nil)
    #expect(snapshot.obligations["a"]?.progress == nil)
  }

  @Test func asOfCanBeGivenOrOverridden() throws {
    var diagnostics = Diagnostics()
    let override = try CheckFixture.day("2017-12-01")
    let given = CheckFixture.read(
      #"{"obligations": {}}"#, asOf: override, diagnostics: &diagnostics)
    #expect(given?.asOf.value == override)
    let replaced = CheckFixture.read(
      #"{"as_of": "2017-10-15"}"#, asOf: override, diagnostics: &diagnostics)
    #expect(replaced?.asOf.value == override)
    #expect(replaced?.asOf.range.start.column == 11)
    #expect(diagnostics.all.isEmpty)
  }

  @Test func yamlSnapshotsReadTheSame() throws {
    var diagnostics = Diagnostics()
    let snapshot = CheckFixture.read(
      """
      plan: check-test-plan
      as_of: 2017-10-15
      obligations:
        env.inspection: {status: done, completed: 2017-09-01}
      """, diagnostics: &diagnostics)
    #expect(diagnostics.all.isEmpty)
    #expect(snapshot?.obligations["env.inspection"]?.completed?.value.description == "2017-09-01")
  }

  @Test func allErrorsOfAFileAreReported() {
    var diagnostics = Diagnostics()
    _ = CheckFixture.read(
      #"{"as_of": "x", "obligations": {"a": {"status": "y"}, "b": {"status": "done", "progress": "六成"}}, "extra": 1}"#,
      diagnostics: &diagnostics)
    #expect(diagnostics.sorted.map(\.code.rawValue) == ["E105", "E106", "E107", "E102"])
  }
}
