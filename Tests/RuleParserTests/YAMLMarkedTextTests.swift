import Testing

@testable import RuleParser

/// YAML written in a test with keycap markers (`1️⃣`, `2️⃣`, …) where a
/// diagnostic or node must point; the markers are removed from the text and
/// their locations kept.
struct MarkedYAML {
  /// The text without markers.
  var text: String
  /// Each marker's location in `text`, by its digit.
  var markers: [Int: RuleParser.SourceLocation] = [:]

  /// Strips the markers of `marked`, locating them in file `file`.
  init(_ marked: String, file: String = "test.yaml") {
    let scalars = Array(marked.unicodeScalars)
    var result = String.UnicodeScalarView()
    var (line, column, offset) = (1, 1, 0)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if index + 2 < scalars.count, let digit = Int(String(scalar)),
        scalars[index + 1] == "\u{FE0F}", scalars[index + 2] == "\u{20E3}"
      {
        markers[digit] = RuleParser.SourceLocation(
          file: file, line: line, column: column, offset: offset)
        index += 3
        continue
      }
      result.append(scalar)
      offset += String(scalar).utf8.count
      if scalar == "\n" {
        (line, column) = (line + 1, 1)
      } else {
        column += 1
      }
      index += 1
    }
    text = String(result)
  }

  /// The location of marker `digit`, failing the test when it is missing.
  func location(_ digit: Int) throws -> RuleParser.SourceLocation {
    try #require(markers[digit])
  }

  /// Loads the text, returning the documents and the diagnostics.
  func load(
    limits: YAMLLoader.Limits = YAMLLoader.Limits(), file: String = "test.yaml"
  ) -> (documents: [YAMLNode], diagnostics: Diagnostics) {
    var diagnostics = Diagnostics()
    let documents = YAMLLoader(limits: limits).load(
      Array(text.utf8), file: file, into: &diagnostics)
    return (documents, diagnostics)
  }
}

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
