import Testing

@testable import RuleParser

/// A condition written with keycap markers (`1️⃣`, `2️⃣`…) where diagnostics must
/// point; the markers are stripped from `text` and their offsets kept.
struct MarkedCondition {
  /// The condition without markers.
  let text: String
  /// The Unicode-scalar offset in `text` of each marker, by its digit.
  let markers: [Int: Int]

  init(_ marked: String) {
    let scalars = Array(marked.unicodeScalars)
    var text = String.UnicodeScalarView()
    var markers: [Int: Int] = [:]
    var index = 0
    while index < scalars.count {
      if index + 2 < scalars.count, scalars[index + 1] == "\u{FE0F}",
        scalars[index + 2] == "\u{20E3}", let digit = Int(String(scalars[index]))
      {
        markers[digit] = text.count
        index += 3
      } else {
        text.append(scalars[index])
        index += 1
      }
    }
    self.text = String(text)
    self.markers = markers
  }

  /// The where the scalar holding the condition starts in the tests.
  static let start = SourceLocation(file: "rules/policies.yaml", line: 7, column: 11, offset: 120)

  /// The file column of marker `digit` in a plain scalar starting at `start`.
  func column(_ digit: Int = 1) -> Int? {
    markers[digit].map { Self.start.column + $0 }
  }

  /// Compiles the condition as a plain scalar at `start`.
  func compile(
    knownBodies: Set<String> = ["lanzhou", "zhangye", "env-dept", "office"],
    knownObligations: Set<String>? = nil, knownClasses: Set<String>? = nil,
    target: FactTarget = .any
  ) -> (condition: CompiledCondition?, diagnostics: [Diagnostic]) {
    var diagnostics = Diagnostics()
    let condition = CompiledCondition.compile(
      text, at: Self.start, knownBodies: knownBodies, knownObligations: knownObligations,
      knownClasses: knownClasses, target: target, into: &diagnostics)
    return (condition, diagnostics.all)
  }
}

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
    let node = YAMLNode(
      .scalar("overdue and x", .plain), range: SourceRange(start: start, end: end))
    let source = try #require(ExpressionSource(scalar: node))
    #expect(source.spansLines)
    #expect(source.location(at: 12) == start)
  }

  @Test func scalarNodesGiveTheirTextAndStyle() throws {
    let end = SourceLocation(file: "p.yaml", line: 3, column: 18, offset: 49)
    let node = YAMLNode(
      .scalar("overdue", .doubleQuoted), range: SourceRange(start: start, end: end))
    let source = try #require(ExpressionSource(scalar: node))
    #expect(source.text == "overdue" && source.style == .doubleQuoted && !source.spansLines)
    #expect(source.location(at: 0).column == 10)
    let sequence = YAMLNode(.sequence([]), range: SourceRange(at: start))
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
