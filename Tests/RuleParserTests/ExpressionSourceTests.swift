import TestSupport
import Testing

@testable import RuleParser

@Suite struct ExpressionSourceTests {
  let start = SourceLocation(file: "p.yaml", line: 3, column: 9, offset: 40)

  @Test func plainScalarsMapColumnForColumn() {
    let source = ExpressionSource(text: "overdue and x", start: start)
    let location = source.location(at: 12)
    #expect(location.line == 3 && location.column == 21 && location.offset == 52)
    #expect(location.file == "p.yaml")
  }

  @Test(arguments: [YAMLNode.ScalarStyle.singleQuoted, .doubleQuoted])
  func quotedScalarsSkipTheQuote(_ style: YAMLNode.ScalarStyle) {
    let source = ExpressionSource(text: "overdue", start: start, style: style)
    #expect(source.location(at: 0).column == 10)
    #expect(source.location(at: 0).offset == 41)
    #expect(source.range(0..<7).end.column == 17)
  }

  @Test func columnsCountScalarsAndOffsetsCountBytes() {
    let source = ExpressionSource(text: "body == \"兰州\" and x", start: start)
    let location = source.location(at: 16)
    #expect(location.column == 9 + 16)
    #expect(location.offset == 40 + 16 + 2 * 2)
  }

  @Test(arguments: [YAMLNode.ScalarStyle.literal, .folded])
  func blockScalarsPointAtTheirStart(_ style: YAMLNode.ScalarStyle) {
    let source = ExpressionSource(text: "overdue\nand x\n", start: start, style: style)
    #expect(source.location(at: 12) == start)
  }

  @Test func multiLineScalarsPointAtTheirStart() throws {
    let end = SourceLocation(file: "p.yaml", line: 4, column: 12, offset: 70)
    let node = YAMLNode(scalar: "overdue and x", range: SourceRange(start: start, end: end))
    let source = try #require(ExpressionSource(scalar: node))
    #expect(source.spansLines)
    #expect(source.location(at: 12) == start)
  }

  @Test func scalarNodesGiveTheirTextAndStyle() throws {
    let end = SourceLocation(file: "p.yaml", line: 3, column: 18, offset: 49)
    let node = YAMLNode(
      scalar: "overdue", style: .doubleQuoted, range: SourceRange(start: start, end: end))
    let source = try #require(ExpressionSource(scalar: node))
    #expect(source.text == "overdue" && source.style == .doubleQuoted && !source.spansLines)
    #expect(source.location(at: 0).column == 10)
    let sequence = YAMLNode(sequence: [], range: SourceRange(at: start))
    #expect(ExpressionSource(scalar: sequence) == nil)
  }

  @Test func offsetsOutsideTheTextAreClamped() {
    let source = ExpressionSource(text: "ab", start: start)
    #expect(source.location(at: 99).column == 11)
    #expect(source.location(at: -3).column == 9)
  }

  @Test func markersAreStrippedAndLocated() {
    let marked = MarkedCondition("a 1️⃣== 2️⃣b")
    #expect(marked.text == "a == b")
    #expect(marked.markers == [1: 2, 2: 5])
    #expect(marked.column(2) == 16)
  }
}
