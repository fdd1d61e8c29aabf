import RuleParser
import Testing

@testable import RuleEngine

/// The typed reading of snapshot values.
@Suite struct CheckSnapshotFieldsTests {
  /// A snapshot's dates are read from the file's bytes where they stand
  /// (`Day(isoUTF8:)`), as from their text.
  @Test(arguments: [
    ("2017-10-15", Day(year: 2017, month: 10, day: 15)),
    ("2016-02-29", Day(year: 2016, month: 2, day: 29)),
    ("2017-02-29", nil), ("2017-13-01", nil), ("2017-1-15", nil), ("2017/10/15", nil),
    ("20171015", nil), ("2017-10-15x", nil), ("", nil), ("-017-10-15", nil),
    ("２０１７-10-15", nil), ("0000-01-01", nil), ("2017-10-1:", nil), ("2017-0:-15", nil),
    ("/017-10-15", nil),
  ])
  func snapshotDatesReadFromBytesAsFromText(text: String, day: Day?) {
    #expect(Day(iso: text) == day)
    #expect(Array(text.utf8).withUnsafeBufferPointer { Day(isoUTF8: $0) } == day)
  }

  @Test func kindsAreNamedForMessages() throws {
    var diagnostics = Diagnostics()
    let nodes = YAMLLoader().load(
      Array(#"[{}, [], 1, true, "x"]"#.utf8), file: "t", into: &diagnostics)
    let items = try #require(nodes.first?.sequence)
    #expect(
      items.map { SnapshotValue.kind(of: $0).en } == [
        "an object", "an array", "a number", "a boolean", "a string",
      ])
  }
}
