import TestSupport
import Testing

@testable import RuleParser

@Suite struct YAMLMarkedTextTests {
  @Test func stripsMarkersAndLocatesThem() throws {
    let marked = MarkedYAML("a: 1️⃣b\n名字: 2️⃣兰州\n")
    #expect(marked.text == "a: b\n名字: 兰州\n")
    #expect(
      try marked.location(1)
        == RuleParser.SourceLocation(file: "test.yaml", line: 1, column: 4, offset: 3))
    #expect(
      try marked.location(2)
        == RuleParser.SourceLocation(file: "test.yaml", line: 2, column: 5, offset: 13))
  }
}
