import Testing

@testable import RuleParser

@Suite struct YAMLNodeTests {
  static let range = SourceRange(at: SourceLocation(file: "n.yaml", line: 1, column: 1))
  static let alias = SourceRange(at: SourceLocation(file: "n.yaml", line: 4, column: 9))

  @Test func keepsTagAndAliasSite() {
    let node = YAMLNode(
      scalar: "x", tag: YAMLTag.str, range: Self.range, aliasRange: Self.alias)
    #expect(node.tag == YAMLTag.str)
    #expect(node.aliasRange == Self.alias)
    #expect(node.location == Self.alias)
  }

  @Test func oneAnnotationWithoutTheOther() {
    let tagged = YAMLNode(scalar: "x", tag: YAMLTag.int, range: Self.range)
    #expect(tagged.tag == YAMLTag.int && tagged.aliasRange == nil)
    #expect(tagged.location == Self.range)
    let aliased = YAMLNode(scalar: "x", range: Self.range, aliasRange: Self.alias)
    #expect(aliased.tag == nil && aliased.aliasRange == Self.alias)
    let plain = YAMLNode(scalar: "x", range: Self.range)
    #expect(plain.tag == nil && plain.aliasRange == nil)
  }

  @Test func nodesMadeOfPartsCopyThem() {
    let key = YAMLNode(scalar: "k", range: Self.range)
    let value = YAMLNode(scalar: "v", style: .doubleQuoted, tag: YAMLTag.str, range: Self.range)
    let list = YAMLNode(sequence: [value, key], range: Self.range)
    let map = YAMLNode(
      mapping: [YAMLNode.Pair(key: key, value: list)], tag: YAMLTag.map, range: Self.range)
    #expect(map.tag == YAMLTag.map)
    let pairs = map.mapping
    #expect(pairs?.count == 1)
    #expect(pairs?.first?.key.scalar == "k")
    let items = pairs?.first?.value.sequence
    #expect(items?.map(\.scalar) == ["v", "k"])
    #expect(items?.first?.tag == YAMLTag.str)
    if case .scalar(let text, let style)? = items?.first?.content {
      #expect(text == "v" && style == .doubleQuoted)
    } else {
      Issue.record("not a scalar")
    }
  }

  @Test func nullAndWordsAreReadFromTheBytes() {
    for text in ["", "~", "null", "Null", "NULL"] {
      #expect(YAMLNode(scalar: text, range: Self.range).isNull, "\(text)")
    }
    for text in ["nul", "nulls", "NuLL", " ~"] {
      #expect(!YAMLNode(scalar: text, range: Self.range).isNull, "\(text)")
    }
    #expect(!YAMLNode(scalar: "null", style: .singleQuoted, range: Self.range).isNull)
    // A plain `!!null` scalar is null by its text, a quoted one by its tag.
    #expect(!YAMLNode(scalar: "x", tag: YAMLTag.null, range: Self.range).isNull)
    #expect(
      YAMLNode(scalar: "x", style: .singleQuoted, tag: YAMLTag.null, range: Self.range).isNull)
    #expect(!YAMLNode(scalar: "~", tag: YAMLTag.str, range: Self.range).isNull)
    let word = YAMLNode(scalar: "title", range: Self.range)
    #expect(word.isScalar("title") && !word.isScalar("titles") && !word.isScalar("Title"))
    #expect(word.position(in: ["id", "title", "due"]) == 1)
    #expect(word.position(in: ["id", "title", "due"], from: 2) == 1)
    #expect(word.position(in: ["id", "due"]) == nil)
    #expect(!YAMLNode(sequence: [word], range: Self.range).isScalar("title"))
  }
}
