import Testing

@testable import RuleParser

@Suite struct YAMLEventReaderTests {
  /// The kinds of every event of `text`, spelled like the suite's test.event.
  private func events(_ text: String) throws -> [String] {
    let reader = YAMLEventReader(bytes: Array(text.utf8), file: "e.yaml", isASCII: false)
    var spelled: [String] = []
    while true {
      let event = try reader.next()
      switch event.kind {
      case .streamStart: spelled.append("+STR")
      case .streamEnd:
        spelled.append("-STR")
        return spelled
      case .documentStart: spelled.append("+DOC")
      case .documentEnd: spelled.append("-DOC")
      case .alias(let name): spelled.append("=ALI *\(name)")
      case .scalar(let text, let style, let properties):
        let anchor = properties.anchor.map { " &\($0)" } ?? ""
        let tag = properties.tag.map { " <\($0)>" } ?? ""
        let value = String(decoding: text, as: UTF8.self)
        spelled.append("=VAL\(anchor)\(tag) \(style.rawValue):\(value)")
      case .sequenceStart(let properties):
        spelled.append("+SEQ" + (properties.anchor.map { " &\($0)" } ?? ""))
      case .sequenceEnd: spelled.append("-SEQ")
      case .mappingStart(let properties):
        spelled.append("+MAP" + (properties.tag.map { " <\($0)>" } ?? ""))
      case .mappingEnd: spelled.append("-MAP")
      }
    }
  }

  @Test func turnsLibyamlEventsIntoSwiftValues() throws {
    let text = "!!map\na: &x [1, 'two']\nb: *x\nc: |\n  lit\n"
    #expect(
      try events(text) == [
        "+STR", "+DOC", "+MAP <tag:yaml.org,2002:map>", "=VAL plain:a", "+SEQ &x",
        "=VAL plain:1", "=VAL singleQuoted:two", "-SEQ", "=VAL plain:b", "=ALI *x",
        "=VAL plain:c", "=VAL literal:lit\n", "-MAP", "-DOC", "-STR",
      ])
  }

  @Test func givesEveryEventItsStartAndEndMark() throws {
    let reader = YAMLEventReader(bytes: Array("k: 兰州\n".utf8), file: "e.yaml", isASCII: false)
    var scalars: [SourceRange] = []
    while true {
      let event = try reader.next()
      if case .streamEnd = event.kind { break }
      if case .scalar = event.kind { scalars.append(event.range) }
    }
    let value = try #require(scalars.last)
    #expect(value.start == RuleParser.SourceLocation(file: "e.yaml", line: 1, column: 4, offset: 3))
    #expect(value.end == RuleParser.SourceLocation(file: "e.yaml", line: 1, column: 6, offset: 9))
  }

  @Test func endsEachScalarWhereItsSourceEnds() throws {
    // One-line plain scalars end their bytes after their start; quoted and
    // folded ones, whose text differs from their source, and those with an
    // anchor or a tag, where their event starts, are walked to.
    let text = "兰: 州 x # 注\n'兰': \"州\\n\"\np: 兰\n  州\nq: [兰, 州]\nt: !!str 兰州\nv: &a 兰 州\n"
    let reader = YAMLEventReader(bytes: Array(text.utf8), file: "e.yaml", isASCII: false)
    var ends: [Int] = []
    while true {
      let event = try reader.next()
      if case .streamEnd = event.kind { break }
      if case .scalar = event.kind { ends.append(event.range.end.offset) }
    }
    #expect(ends == [3, 10, 22, 31, 33, 44, 46, 52, 57, 60, 74, 76, 88])
  }

  @Test func reportsLibyamlsProblemAndContextAtTheirMarks() throws {
    let reader = YAMLEventReader(
      bytes: Array("a:\n  - b\n  c: d\n".utf8), file: "e.yaml", isASCII: true)
    var failure: YAMLSyntaxError?
    do {
      while true {
        if case .streamEnd = try reader.next().kind { break }
      }
    } catch {
      failure = error
    }
    let error = try #require(failure)
    #expect(error.problem == "did not find expected '-' indicator")
    #expect(error.range.start.line == 3 && error.range.start.column == 3)
    #expect(error.context == "while parsing a block collection")
    #expect(error.contextRange?.start.line == 2 && error.contextRange?.start.column == 3)
  }
}
