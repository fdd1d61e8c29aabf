import Foundation
import TestSupport
import Testing

@testable import RuleParser

@Suite struct YAMLLoaderTests {
  private static let fixtures = Fixtures.folder("YAML")

  private func load(
    _ bytes: [UInt8], limits: YAMLLoader.Limits = YAMLLoader.Limits()
  ) -> (documents: [YAMLNode], diagnostics: Diagnostics) {
    var diagnostics = Diagnostics()
    let documents = YAMLLoader(limits: limits).load(bytes, file: "x.yaml", into: &diagnostics)
    return (documents, diagnostics)
  }

  private func location(_ line: Int, _ column: Int, _ offset: Int) -> RuleParser.SourceLocation {
    RuleParser.SourceLocation(file: "x.yaml", line: line, column: column, offset: offset)
  }

  @Test func keepsScalarsAsTextWithTheirStyleAndMappingOrder() throws {
    let (documents, diagnostics) = load(
      Array("z: no\na: 'on'\nm: \"2017-07\"\nl: |\n  x\nf: >\n  y\n".utf8))
    #expect(!diagnostics.hasErrors)
    let pairs = try #require(documents.first?.mapping)
    #expect(pairs.map(\.key.scalar) == ["z", "a", "m", "l", "f"])
    let values = pairs.map(\.value.content)
    let expected: [(String, YAMLNode.ScalarStyle)] = [
      ("no", .plain), ("on", .singleQuoted), ("2017-07", .doubleQuoted), ("x\n", .literal),
      ("y\n", .folded),
    ]
    for (value, (text, style)) in zip(values, expected) {
      guard case .scalar(let actual, let actualStyle) = value else {
        Issue.record("not a scalar: \(value)")
        continue
      }
      #expect(actual == text && actualStyle == style)
    }
  }

  @Test func locatesNodesByLineColumnAndByteOffset() throws {
    let (documents, _) = load(Array("plan:\n  id: env\n  list: [a, bc]\n".utf8))
    let plan = try #require(documents.first?.mapping?.first)
    #expect(plan.key.range == SourceRange(start: location(1, 1, 0), end: location(1, 5, 4)))
    let pairs = try #require(plan.value.mapping)
    #expect(pairs[0].value.range.start == location(2, 7, 12))
    let list = pairs[1].value
    #expect(list.range.start == location(3, 9, 24))
    #expect(list.range.end == location(3, 16, 31))
    #expect(
      list.sequence?[1].range == SourceRange(start: location(3, 13, 28), end: location(3, 15, 30)))
  }

  @Test func countsChineseColumnsInCharactersAndOffsetsInBytes() throws {
    let (documents, _) = load(Array("名字: 兰州市\n标题: [甲, 乙]\n".utf8))
    let pairs = try #require(documents.first?.mapping)
    #expect(pairs[0].value.range == SourceRange(start: location(1, 5, 8), end: location(1, 8, 17)))
    let items = try #require(pairs[1].value.sequence)
    #expect(items[1].range.start == location(2, 9, 32))
    #expect(items[1].scalar == "乙")
  }

  @Test func loadsEveryDocumentOfAStream() throws {
    let (documents, diagnostics) = load(Array("a\n---\nb: 1\n...\n--- c\n---\n".utf8))
    #expect(!diagnostics.hasErrors)
    #expect(documents.count == 4)
    #expect(documents[0].scalar == "a")
    #expect(documents[1].mapping?.first?.key.scalar == "b")
    #expect(documents[2].scalar == "c")
    #expect(documents[3].isNull)
    #expect(documents[3].range.start.line == 7)  // libyaml: where the next token starts
    #expect(load(Array("# only a comment\n".utf8)).documents.isEmpty)
    #expect(load([]).documents.isEmpty)
  }

  @Test func skipsTheByteOrderMarkButCountsItsBytes() throws {
    let (documents, diagnostics) = load([0xEF, 0xBB, 0xBF] + Array("a: 兰\nb: c\n".utf8))
    #expect(!diagnostics.hasErrors)
    let pairs = try #require(documents.first?.mapping)
    #expect(pairs[0].key.range.start == location(1, 1, 3))
    #expect(pairs[0].value.range.start == location(1, 4, 6))
    #expect(pairs[1].value.range.start == location(2, 4, 13))
  }

  @Test func readsCRLFLineEndings() throws {
    let (documents, diagnostics) = load(Array("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: 名\r\n".utf8))
    #expect(!diagnostics.hasErrors)
    let pairs = try #require(documents.first?.mapping)
    #expect(pairs.map(\.key.scalar) == ["a", "b", "c"])
    #expect(pairs[1].value.scalar == "x\ny\n")
    #expect(pairs[2].value.range.start == location(5, 4, 25))
  }

  @Test func resolvesTagsToTheirFullForm() throws {
    let text = """
      %TAG !e! tag:example.com,2000:app/
      ---
      a: !!str 1
      b: !!int "2"
      c: !e!thing x
      d: !local y
      e: !<tag:yaml.org,2002:float> 3
      f: ! z
      g: w
      h: !!map {k: v}
      """
    let (documents, diagnostics) = load(Array(text.utf8))
    #expect(!diagnostics.hasErrors)
    let tags = try #require(documents.first?.mapping).map(\.value.tag)
    #expect(
      tags == [
        YAMLTag.str, YAMLTag.int, "tag:example.com,2000:app/thing", "!local", YAMLTag.float,
        "!", nil, YAMLTag.map,
      ])
  }

  @Test func decodesScalarsByLengthSoNULSurvives() throws {
    let (documents, _) = load(Array("a: \"x\\0y\"\n".utf8))
    let text = try #require(documents.first?.mapping?.first?.value.scalar)
    #expect(Array(text.utf8) == [0x78, 0x00, 0x79])
  }

  @Test func rejectsAFileOverTheSizeLimit() throws {
    let (documents, diagnostics) = load(
      Array("a: 12345\n".utf8), limits: YAMLLoader.Limits(maxFileBytes: 8))
    #expect(documents.isEmpty)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E002")
    #expect(diagnostic.range?.start == location(1, 1, 0))
    #expect(diagnostic.message.en.contains("9 bytes"))
  }

  @Test func readsNoFileLargerThanATreeTakesWhateverTheLimit() {
    // A tree's positions are 32-bit: a run that raises the limit past what
    // they reach gets the size error, not a trap.
    #expect(YAMLLoader.Limits(maxFileBytes: .max).fileBytes == YAMLTree.largestText)
    #expect(YAMLLoader.Limits(maxFileBytes: 8).fileBytes == 8)
    #expect(YAMLTree.largestText * 4 <= Int(UInt32.max) + 1)
  }

  @Test func rejectsNonUTF8AtTheFirstBadByte() throws {
    let gbk: [UInt8] = [0xD6, 0xD0]  // 中 in GBK
    let (documents, diagnostics) = load(Array("a: 兰\nb: ".utf8) + gbk + [0x0A])
    #expect(documents.isEmpty)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E003")
    #expect(diagnostic.range?.start == location(2, 4, 10))
    #expect(diagnostic.message.en.contains("0xD6"))
  }

  @Test func reportsLibyamlErrorsAtTheirMarkWithContextAndHelp() throws {
    let (documents, diagnostics) = load(Array("ok: 1\nkey: value: more\n".utf8))
    #expect(documents.isEmpty)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E004")
    #expect(diagnostic.message.en == "mapping values are not allowed in this context")
    #expect(diagnostic.range?.start == location(2, 11, 16))
    #expect(diagnostic.notes.contains { $0.kind == .help })
  }

  @Test func locatesControlCharactersThatLibyamlRejects() throws {
    let (_, diagnostics) = load(Array("a: 兰\nb: x\u{1B}y\n".utf8))
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E004")
    #expect(diagnostic.message.en.hasPrefix("control characters are not allowed"))
    #expect(diagnostic.range?.start == location(2, 5, 11))
  }

  @Test func keepsTheDocumentsFinishedBeforeAnError() throws {
    let (documents, diagnostics) = load(Array("a: 1\n---\nb: [\n".utf8))
    #expect(documents.count == 1)
    #expect(diagnostics.errorCount == 1)
  }

  @Test func loadsAFileWithItsDisplayPath() throws {
    let path = Self.fixtures.appendingPathComponent("locations.yaml").path
    var diagnostics = Diagnostics()
    let documents = YAMLLoader().load(
      contentsOfFile: path, displayPath: "rules/locations.yaml", into: &diagnostics)
    #expect(!diagnostics.hasErrors)
    let pairs = try #require(documents.first?.mapping)
    #expect(pairs.first?.key.range.start.file == "rules/locations.yaml")
    #expect(pairs.last?.value.scalar == "省环保厅")
  }

  @Test(arguments: ["does-not-exist.yaml", "."])
  func reportsAnUnreadableFile(_ name: String) throws {
    let path = Self.fixtures.appendingPathComponent(name).path
    var diagnostics = Diagnostics()
    let documents = YAMLLoader().load(contentsOfFile: path, into: &diagnostics)
    #expect(documents.isEmpty)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E001")
    #expect(diagnostic.range == nil)
    #expect(diagnostic.message.en.contains(path))
  }

  @Test func checksTheSizeLimitBeforeReadingAFile() throws {
    let path = Self.fixtures.appendingPathComponent("locations.yaml").path
    var diagnostics = Diagnostics()
    _ = YAMLLoader(limits: YAMLLoader.Limits(maxFileBytes: 10)).load(
      contentsOfFile: path, into: &diagnostics)
    #expect(diagnostics.all.map(\.code.rawValue) == ["E002"])
  }
}
