import Testing

@testable import RuleParser

/// A large file composed in two halves side by side gives exactly the
/// nodes of one pass, or is left to one pass when the halves may differ.
@Suite struct YAMLHalvesTests {
  /// A plan file of `count` obligations with Chinese text, with `extra`
  /// spliced in after obligation `at` and `after` at the end.
  private func plan(_ count: Int, extra: String = "", at: Int = -1, after: String = "")
    -> [UInt8]
  {
    var text = "\u{FEFF}# 整改方案\nobligations:\n"
    for index in 0..<count {
      text += """
          o\(index):
            title: 第\(index)项整改任务 “引号”
            responsible: [b\(index % 7), office]
            due: 2017年7月底前
            source: {section: 四(1)\(index), quote: "为全面整改落实"}
            doubtful: |
              多行
              文字

        """
      if index == at { text += extra }
    }
    return Array((text + after).utf8)
  }

  /// The documents of one pass, spelt.
  private func onePass(_ bytes: [UInt8]) -> String {
    var diagnostics = Diagnostics()
    var sawTags = false
    let documents = YAMLLoader().composeWithLibYAML(
      bytes, file: "big.yaml", isASCII: false, into: &diagnostics, sawTags: &sawTags)
    return documents.map(\.spelling).joined(separator: "\n")
  }

  /// The documents of the halves, spelt, or `nil` when they were not joined.
  private func halves(_ bytes: [UInt8]) -> String? {
    var sawTags = false
    let halves = YAMLHalves(loader: YAMLLoader(), bytes: bytes, file: "big.yaml", isASCII: false)
    return halves.compose(sawTags: &sawTags)?.map(\.spelling).joined(separator: "\n")
  }

  @Test func halvesComposeTheNodesOfOnePass() throws {
    let bytes = plan(300)
    let joined = try #require(halves(bytes))
    #expect(joined == onePass(bytes))
  }

  @Test func blockCollectionsClosedByTheCutEndWhereOnePassEndsThem() throws {
    var text = "obligations:\n"
    for index in 0..<300 {
      text += "  o\(index):\n    title: 任务\n    responsible:\n"
      text += "      - b\(index)\n      - c:\n          - d\n"
    }
    let bytes = Array(text.utf8)
    let joined = try #require(halves(bytes))
    #expect(joined == onePass(bytes))
  }

  @Test func laterSectionsAndDocumentsFollowTheJoin() throws {
    let bytes = plan(
      300, after: "metrics:\n  m1: {title: 指标}\n---\nplan: {id: p}\n")
    let joined = try #require(halves(bytes))
    #expect(joined == onePass(bytes))
    #expect(joined.contains("m1") && joined.contains("plan"))
  }

  @Test(arguments: [
    (10, "  o250: {title: 重复}\n"),
    (150, "    title2: *nowhere\n"),
    (20, "    extra: &a {x: 1}\n    again: *a\n"),
    (250, "    <<: {x: 1}\n"),
    (299, "    title3: [unclosed\n"),
  ])
  func halvesThatMayDifferAreLeftToOnePass(at: Int, extra: String) {
    #expect(halves(plan(300, extra: extra, at: at)) == nil)
  }

  @Test func tagsInEitherHalfAreKeptAndSaid() throws {
    let bytes = plan(300, extra: "    tagged: !!str 文字\n", at: 250)
    var sawTags = false
    let halves = YAMLHalves(loader: YAMLLoader(), bytes: bytes, file: "big.yaml", isASCII: false)
    let joined = try #require(halves.compose(sawTags: &sawTags))
    #expect(sawTags)
    #expect(joined.map(\.spelling).joined(separator: "\n") == onePass(bytes))
  }

  @Test func aFileThatStartsWithADirectiveHasNoCut() {
    let body = "a:\n  b: c\n  d: e\n  f: g\n  h: i\n"
    #expect(YAMLSplitPoint(Array(("# note\n\n%TAG !e! tag:e,2017:\n---\n" + body).utf8)) == nil)
    #expect(YAMLSplitPoint(Array(("# note\n\n" + body).utf8)) != nil)
  }

  @Test func aCutInsideAQuotedScalarIsLeftToOnePass() {
    var text = "obligations:\n  o0: {title: t}\n  q: \"quoted\n"
    for index in 0..<200 { text += "  o\(index) still quoted\n" }
    text += "  end\"\n  o1: {title: t}\n"
    #expect(halves(Array(text.utf8)) == nil)
  }

  @Test func theCutIsCountedAsLibYAMLCounts() throws {
    let text = "\u{FEFF}a:\n  b: 文字\n  c: d\n  e: f\n"
    let cut = try #require(YAMLSplitPoint(Array(text.utf8)))
    let before = String(decoding: Array(text.utf8)[..<cut.byte], as: UTF8.self)
    #expect(before.hasSuffix("\n"))
    #expect(cut.lines == before.count { $0 == "\n" })
    #expect(cut.characters == before.unicodeScalars.count - 1)
  }

  @Test func otherLineBreaksLeaveNoCut() {
    #expect(YAMLSplitPoint(Array("a:\r\n  b: c\r\n  d: e\n  f: g\n  h: i\n".utf8)) == nil)
    #expect(YAMLSplitPoint(Array("a:\n  b: c\u{2028}\n  d: e\n  f: g\n  h: i\n".utf8)) == nil)
  }

  @Test func aFileOfCRLFLinesHasNoLineToCut() {
    let crlf = Array("a:\r\n  b: c\r\n  d: e\r\n  f: g\r\n  h: i\r\n".utf8)
    #expect(YAMLSplitPoint.lineToCut(crlf) == nil)
    #expect(YAMLSplitPoint.lineToCut(Array("a:\n  b: c\n  d: e\n  f: g\n  h: i\n".utf8)) != nil)
  }

  @Test func halvesOfAFileWithOtherBreaksInTheFirstHalfAreLeftToOnePass() {
    let bytes = plan(300, extra: "    note: 文字\u{2028}续\n", at: 10)
    #expect(YAMLSplitPoint.lineToCut(bytes) != nil)
    #expect(YAMLSplitPoint(bytes) == nil)
    #expect(halves(bytes) == nil)
  }
}
