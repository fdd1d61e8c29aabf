import Testing

@testable import RuleParser

@Suite struct YAMLNodeTests {
  static let range = SourceRange(at: SourceLocation(file: "n.yaml", line: 1, column: 1))
  static let alias = SourceRange(at: SourceLocation(file: "n.yaml", line: 4, column: 9))

  @Test func keepsTagAndAliasSite() {
    let node = YAMLNode(
      .scalar("x", .plain), tag: YAMLTag.str, range: Self.range, aliasRange: Self.alias)
    #expect(node.tag == YAMLTag.str)
    #expect(node.aliasRange == Self.alias)
    #expect(node.location == Self.alias)
  }

  @Test func settingOneAnnotationKeepsTheOther() {
    var node = YAMLNode(.scalar("x", .plain), tag: YAMLTag.int, range: Self.range)
    #expect(node.aliasRange == nil)
    node.aliasRange = Self.alias
    #expect(node.tag == YAMLTag.int)
    node.tag = nil
    #expect(node.aliasRange == Self.alias)
    node.aliasRange = nil
    #expect(node.tag == nil && node.aliasRange == nil)
    #expect(node.location == Self.range)
  }

  @Test func copiesAreIndependent() {
    let original = YAMLNode(.scalar("x", .plain), tag: YAMLTag.str, range: Self.range)
    var copy = original
    copy.tag = YAMLTag.int
    #expect(original.tag == YAMLTag.str)
    #expect(copy.tag == YAMLTag.int)
  }
}
