import RuleParser
import Testing

@testable import RuleEngine

/// The typed reading of snapshot values.
@Suite struct CheckSnapshotFieldsTests {
  @Test(arguments: [
    "2017-10-15", "2016-02-29", "2017-02-29", "2017-13-01", "2017-1-15", "2017/10/15",
    "20171015", "2017-10-15x", "", "-017-10-15", "２０１７-10-15", "0000-01-01", "2017-10-1:",
    "2017-0:-15", "/017-10-15",
  ])
  func snapshotDatesReadLikeISODays(text: String) {
    #expect(SnapshotValue.isoDay(text) == Day(iso: text))
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
