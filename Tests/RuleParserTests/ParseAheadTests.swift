import Testing

@testable import RuleParser

/// A large rules file is parsed ahead on another thread and its obligations
/// built in two halves: both give exactly what one pass on one thread gives,
/// with problems at the start, in the middle and at the end of the file.
@Suite struct ParseAheadTests {
  /// A plan file of `count` obligations with Chinese text, anchors, a tag
  /// and a merge key, and `extra` spliced in after obligation `at`.
  private func plan(_ count: Int, extra: String = "", at: Int = -1) -> [UInt8] {
    var text = "obligations:\n"
    for index in 0..<count {
      text += """
          o\(index):
            title: 第\(index)项整改任务
            responsible: [b\(index % 7), office]
            due: \(index % 5 == 0 ? "2017年7月底前" : "2017年13月底前")
            source: &s\(index) {section: 四(1)\(index), quote: "为全面整改落实"}

        """
      if index == at { text += extra }
    }
    text += "  last:\n    <<: {title: !!str 合并, responsible: x}\n    due: 2018年底前\n"
    return Array(text.utf8)
  }

  /// The documents and diagnostics of loading `bytes` on one thread, then ahead.
  private func loadBothWays(_ bytes: [UInt8]) -> [(String, [Diagnostic], Bool)] {
    [Int.max, 0].map { aheadFrom in
      var loader = YAMLLoader()
      loader.parsesAheadFrom = aheadFrom
      var diagnostics = Diagnostics()
      var sawTags = false
      let documents = loader.load(
        bytes, file: "big.yaml", streaming: nil, into: &diagnostics, sawTags: &sawTags)
      return (documents.map(\.spelling).joined(separator: "\n"), diagnostics.all, sawTags)
    }
  }

  @Test func parsingAheadComposesTheSameNodes() {
    let both = loadBothWays(plan(300))
    #expect(both[0].0 == both[1].0)
    #expect(both[0].1 == both[1].1)
    #expect(both[0].2 && both[1].2)
  }

  @Test(arguments: [
    (0, "  o0: {title: 重复}\n"),
    (150, "    doubtful: *nowhere\n"),
    (299, "    title: [unclosed\n"),
    (150, "  bad: \"\\xZZ\"\n"),
  ])
  func parsingAheadReportsTheSameProblems(at: Int, extra: String) {
    let both = loadBothWays(plan(300, extra: extra, at: at))
    #expect(!both[0].1.isEmpty)
    #expect(both[0].0 == both[1].0)
    #expect(both[0].1 == both[1].1)
  }

  @Test func aKeyRepeatedAcrossTheCutIsReportedAsInOnePass() {
    // No alias or merge key: the halves are joined, and the join must find
    // the key of the second half that the first half wrote.
    var text = "obligations:\n"
    for index in 0..<300 { text += "  o\(index): {title: 任务\(index), due: 2018年底前}\n" }
    text += "  o3: {title: 重复}\n"
    let both = loadBothWays(Array(text.utf8))
    #expect(both[0].1.count == 1)
    #expect(both[0].0 == both[1].0)
    #expect(both[0].1 == both[1].1)
  }

  @Test func aFileWithoutTagsSaysSo() {
    let both = loadBothWays(Array("obligations:\n  o1: {title: 任务, due: 2018年底前}\n".utf8))
    #expect(!both[0].2 && !both[1].2)
  }

  @Test func obligationsBuiltInHalvesAreThoseOfOnePass() throws {
    var diagnostics = Diagnostics()
    let documents = YAMLLoader().load(plan(301), file: "big.yaml", into: &diagnostics)
    let built = [Int.max, 2].map { halvesFrom in
      var builder = RuleFileBuilder(path: "big.yaml")
      builder.halvesFrom = halvesFrom
      var fileDiagnostics = diagnostics
      let file = builder.build(documents, diagnostics: &fileDiagnostics)
      return (
        file.obligations.map { "\($0.id.value) \($0.title.value) \($0.range)" },
        file.incomplete.map(\.id.value), fileDiagnostics.all
      )
    }
    #expect(built[0].0.count == 62)
    #expect(built[0].1.count == 240)
    #expect(built[0].0 == built[1].0)
    #expect(built[0].1 == built[1].1)
    #expect(built[0].2 == built[1].2)
  }
}
