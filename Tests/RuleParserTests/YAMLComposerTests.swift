import Foundation
import TestSupport
import Testing

@testable import RuleParser

@Suite struct YAMLComposerTests {
  private static let fixtures = Fixtures.folder("YAML")

  // MARK: Anchors and aliases

  @Test func copiesAnchoredNodesAndRemembersTheAliasSite() throws {
    let marked = MarkedYAML("base: 1️⃣&b {x: 1}\nuse: 2️⃣*b\nagain: *b\n")
    let (documents, diagnostics) = marked.load()
    #expect(!diagnostics.hasErrors)
    let pairs = try #require(documents.first?.mapping)
    let use = pairs[1].value
    #expect(use.mapping?.first?.value.scalar == "1")
    #expect(use.range.start == (try marked.location(1)))
    #expect(use.aliasRange?.start == (try marked.location(2)))
    #expect(use.location.start == (try marked.location(2)))
    #expect(pairs[0].value.aliasRange == nil)
    #expect(pairs[2].value.aliasRange?.start.line == 3)
  }

  @Test func usesTheLatestDefinitionOfAnAnchor() throws {
    let (documents, _) = MarkedYAML("- &a one\n- *a\n- &a two\n- *a\n").load()
    #expect(try #require(documents.first?.sequence).map(\.scalar) == ["one", "one", "two", "two"])
  }

  @Test func rejectsAnUndefinedAlias() throws {
    let marked = MarkedYAML("a: 1\nb: 1️⃣*nowhere\n")
    let (documents, diagnostics) = marked.load()
    #expect(documents.isEmpty)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E006")
    #expect(diagnostic.range?.start == (try marked.location(1)))
  }

  @Test func scopesAnchorsToTheirDocument() throws {
    let marked = MarkedYAML("a: &x 1\n---\nb: 1️⃣*x\n")
    let (documents, diagnostics) = marked.load()
    #expect(documents.count == 1)
    #expect(diagnostics.all.map(\.code.rawValue) == ["E006"])
    #expect(diagnostics.all.first?.range?.start == (try marked.location(1)))
  }

  @Test func rejectsAnAliasInsideItsOwnAnchor() throws {
    let marked = MarkedYAML("a: 1️⃣&loop\n  b: 2️⃣*loop\n")
    let (_, diagnostics) = marked.load()
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E007")
    #expect(diagnostic.range?.start == (try marked.location(2)))
    #expect(diagnostic.notes.first?.range?.start == (try marked.location(1)))
  }

  @Test func stopsTheBillionLaughsEarly() throws {
    let path = Self.fixtures.appendingPathComponent("billion-laughs.yaml").path
    var diagnostics = Diagnostics()
    let clock = ContinuousClock()
    let start = clock.now
    let documents = YAMLLoader().load(contentsOfFile: path, into: &diagnostics)
    #expect(clock.now - start < .seconds(1))
    #expect(documents.isEmpty)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E008")
    #expect(diagnostic.range?.start.line == 9)
    #expect(diagnostic.range?.start.column == 8)
    #expect(diagnostic.message.en.contains("'*f'"))
  }

  @Test func allowsAliasesWithinTheBudget() throws {
    let aliases = Array(repeating: "*a", count: 100).joined(separator: ", ")
    let text = MarkedYAML("a: &a [1, 2, 3, 4]\nb: [\(aliases)]\n")
    #expect(!text.load().diagnostics.hasErrors)
    let tight = YAMLLoader.Limits(maxAliasNodes: 499, aliasNodesPerWrittenNode: 1)
    #expect(text.load(limits: tight).diagnostics.all.map(\.code.rawValue) == ["E008"])
    let enough = YAMLLoader.Limits(maxAliasNodes: 500, aliasNodesPerWrittenNode: 1)
    #expect(!text.load(limits: enough).diagnostics.hasErrors)
  }

  @Test func scalesTheAliasBudgetWithTheWrittenNodes() {
    let limits = YAMLLoader.Limits(maxAliasNodes: 100, aliasNodesPerWrittenNode: 10)
    #expect(limits.aliasExpansionBudget(writtenNodes: 5) == 100)
    #expect(limits.aliasExpansionBudget(writtenNodes: 50) == 500)
    #expect(limits.aliasExpansionBudget(writtenNodes: .max) == .max)
  }

  // MARK: Depth

  @Test func rejectsDeepNestingWithoutOverflowingTheStack() throws {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let (documents, diagnostics) = MarkedYAML(text).load()
    #expect(documents.isEmpty)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E005")
    #expect(diagnostic.range?.start.column == 201)
  }

  @Test func acceptsNestingUpToTheLimit() throws {
    let text = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    let (documents, diagnostics) = MarkedYAML(text).load()
    #expect(!diagnostics.hasErrors)
    var node = try #require(documents.first)
    var depth = 0
    while let first = node.sequence {
      depth += 1
      guard let next = first.first else { break }
      node = next
    }
    #expect(depth == 200)
  }

  @Test func countsTheDepthThatAnAliasBringsAlong() throws {
    let marked = MarkedYAML("a: &a [[[x]]]\nb: [[1️⃣*a]]\n")
    let limits = YAMLLoader.Limits(maxDepth: 5)
    let (_, diagnostics) = marked.load(limits: limits)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E005")
    #expect(diagnostic.range?.start == (try marked.location(1)))
    #expect(!marked.load(limits: YAMLLoader.Limits(maxDepth: 6)).diagnostics.hasErrors)
  }

  // MARK: Merge keys

  @Test func mergesAMappingWhereTheMergeKeyIsWritten() throws {
    let marked = MarkedYAML(
      "base: &base {x: 1, 1️⃣y: 2}\nthing:\n  a: 0\n  <<: *base\n  x: 9\n")
    let (documents, diagnostics) = marked.load()
    #expect(!diagnostics.hasErrors)
    let thing = try #require(documents.first?.mapping?[1].value.mapping)
    #expect(thing.map(\.key.scalar) == ["a", "y", "x"])
    #expect(thing.map(\.value.scalar) == ["0", "2", "9"])
    #expect(thing[1].key.range.start == (try marked.location(1)))
  }

  @Test func mergesASequenceOfMappingsFirstOneWinning() throws {
    let text = """
      one: &one {a: 1, b: 1}
      two: &two {b: 2, c: 2}
      both:
        <<: [*one, *two, {d: 4}]
        c: 3
      """
    let (documents, diagnostics) = MarkedYAML(text).load()
    #expect(!diagnostics.hasErrors)
    let both = try #require(documents.first?.mapping?[2].value.mapping)
    #expect(both.map(\.key.scalar) == ["a", "b", "d", "c"])
    #expect(both.map(\.value.scalar) == ["1", "1", "4", "3"])
  }

  @Test func treatsOnlyAPlainOrMergeTaggedKeyAsAMerge() throws {
    let text = "a: {x: 1}\nb: {\"<<\": {x: 1}}\nc: {!!merge <<: {x: 1}}\n"
    let (documents, diagnostics) = MarkedYAML(text).load()
    #expect(!diagnostics.hasErrors)
    let pairs = try #require(documents.first?.mapping)
    #expect(pairs[1].value.mapping?.first?.key.scalar == "<<")
    #expect(pairs[2].value.mapping?.first?.key.scalar == "x")
  }

  @Test func appliesNestedMergesBeforeMergingAgain() throws {
    let text = "a: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: *b}\n"
    let (documents, _) = MarkedYAML(text).load()
    let c = try #require(documents.first?.mapping?[2].value.mapping)
    #expect(c.map(\.key.scalar) == ["x", "y"])
  }

  @Test(arguments: [
    "a: {<<: 1️⃣text}\n",
    "a: {<<: [{x: 1}, 1️⃣[y]]}\n",
    "s: &s scalar\na: {<<: 1️⃣*s}\n",
  ])
  func rejectsAMergeValueThatIsNoMapping(_ text: String) throws {
    let marked = MarkedYAML(text)
    let (documents, diagnostics) = marked.load()
    #expect(documents.count == 1)
    let diagnostic = try #require(diagnostics.all.first)
    #expect(diagnostic.code.rawValue == "E010")
    #expect(diagnostic.range?.start == (try marked.location(1)))
  }

  // MARK: Duplicate keys

  @Test func rejectsADuplicateKeyAtTheSecondWithANoteAtTheFirst() throws {
    let marked = MarkedYAML("1️⃣id: a\ntitle: b\n2️⃣id: c\n\"title\": d\n")
    let (documents, diagnostics) = marked.load()
    #expect(diagnostics.all.map(\.code.rawValue) == ["E009", "E009"])
    let first = try #require(diagnostics.all.first)
    #expect(first.range?.start == (try marked.location(2)))
    #expect(first.notes.first?.range?.start == (try marked.location(1)))
    #expect(first.message.en.contains("'id'"))
    let pairs = try #require(documents.first?.mapping)
    #expect(pairs.map(\.value.scalar) == ["a", "b"])
  }

  @Test func findsDuplicatesInLargeMappings() throws {
    let keys = (0..<50).map { "k\($0): \($0)" }.joined(separator: "\n")
    let marked = MarkedYAML(keys + "\n1️⃣k7: again\n")
    let (_, diagnostics) = marked.load()
    #expect(diagnostics.all.map(\.code.rawValue) == ["E009"])
    #expect(diagnostics.all.first?.range?.start == (try marked.location(1)))
    #expect(diagnostics.all.first?.notes.first?.range?.start.line == 8)
  }

  @Test func findsDuplicatesInMappingsThatOutgrowTheirTable() throws {
    let keys = (0..<3000).map { "k\($0): \($0)" }.joined(separator: "\n")
    let marked = MarkedYAML(keys + "\n1️⃣k2999: again\n2️⃣k0: again\n")
    let (documents, diagnostics) = marked.load()
    #expect(diagnostics.all.map(\.code.rawValue) == ["E009", "E009"])
    #expect(
      diagnostics.all.map { $0.range?.start } == [try marked.location(1), try marked.location(2)])
    #expect(diagnostics.all.map { $0.notes.first?.range?.start.line } == [3000, 1])
    #expect(documents.first?.mapping?.count == 3000)
  }

  @Test func findsCanonicallyEquivalentKeysInLargeMappings() throws {
    // "é" written as one scalar and as "e" with a combining accent: the
    // same key, as String's == says.
    let keys = (0..<20).map { "k\($0): \($0)" }.joined(separator: "\n")
    let (_, diagnostics) = MarkedYAML(keys + "\n\u{E9}: 1\ne\u{301}: 2\n").load()
    #expect(diagnostics.all.map(\.code.rawValue) == ["E009"])
    #expect(diagnostics.all.first?.range?.start.line == 22)
  }

  @Test func comparesCollectionKeysByStructure() throws {
    let text =
      "? [a, b]\n: 1\n? {x: 1, y: 2}\n: 2\n? [a, b]\n: 3\n? {y: 2, x: 1}\n: 4\n? [b, a]\n: 5\n"
    let (_, diagnostics) = MarkedYAML(text).load()
    #expect(diagnostics.all.map(\.code.rawValue) == ["E009", "E009"])
    #expect(diagnostics.all.map { $0.range?.start.line } == [5, 7])
  }

  @Test func findsScalarDuplicatesNextToCollectionKeys() throws {
    let (_, diagnostics) = MarkedYAML("? [a]\n: 1\nb: 2\nb: 3\n? [a]\n: 4\n").load()
    #expect(diagnostics.all.map { $0.range?.start.line } == [4, 5])
  }

  @Test func rejectsTwoMergeKeysInOneMapping() throws {
    let (_, diagnostics) = MarkedYAML("a: &a {x: 1}\nb:\n  <<: *a\n  <<: *a\n").load()
    #expect(diagnostics.all.map(\.code.rawValue) == ["E009"])
    #expect(diagnostics.all.first?.notes.last?.message.en.contains("[*a, *b]") == true)
  }
}
