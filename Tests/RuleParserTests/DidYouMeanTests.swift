import Testing

@testable import RuleParser

@Suite struct DidYouMeanTests {
  private let bodies = DidYouMean(candidates: [
    "leading-group", "office", "env-dept", "cities", "lanzhou", "zhangye", "jiayuguan",
  ])

  @Test(
    arguments: [
      ("lanzho", "lanzhou"), ("lanzhuo", "lanzhou"), ("Lanzhou", "lanzhou"),
      ("env_dept", "env-dept"), ("envdept", "env-dept"), ("ofice", "office"),
      ("leading-grop", "leading-group"), ("zhangye", "zhangye"), ("citie", "cities"),
    ])
  func suggestsTheClosestName(misspelt: String, expected: String) {
    #expect(bodies.suggest(for: misspelt) == expected)
  }

  @Test(arguments: ["x", "beijing", "", "completely-unrelated-name", "lz"])
  func staysSilentWhenNothingIsClose(_ name: String) {
    #expect(bodies.suggest(for: name) == nil)
  }

  @Test func limitsTheDistanceByLength() {
    #expect(DidYouMean.maximumDistance(forLength: 2) == 1)
    #expect(DidYouMean.maximumDistance(forLength: 9) == 3)
    #expect(DidYouMean.maximumDistance(forLength: 48) == DidYouMean.distanceCap)
    let names = DidYouMean(candidates: ["abcdef"])
    #expect(names.suggest(for: "abcxyz") == nil)
    #expect(names.suggest(for: "abcdxy") == "abcdef")
  }

  @Test func breaksTiesByByteOrderWhateverTheInputOrder() {
    let forward = DidYouMean(candidates: ["cat", "bat", "hat"])
    let backward = DidYouMean(candidates: ["hat", "bat", "cat"])
    #expect(forward.suggest(for: "mat") == "bat")
    #expect(backward.suggest(for: "mat") == "bat")
    #expect(forward.suggest(for: "cat") == "cat")
  }

  @Test func prefersTheSmallerDistanceOverByteOrder() {
    let names = DidYouMean(candidates: ["aaaaaaaa", "water.sand-plan", "water.sand-plam"])
    #expect(names.suggest(for: "water.sand-plan") == "water.sand-plan")
    #expect(names.suggest(for: "water.sandplan") == "water.sand-plan")
  }

  @Test func suggestsAnEmptyNameOnlyWhenGivenOne() {
    #expect(DidYouMean(candidates: ["", "ab"]).suggest(for: "a") == "")
    #expect(DidYouMean(candidates: ["ab"]).suggest(for: "") == nil)
  }

  @Test func measuresNonASCIINamesInLetters() {
    let names = DidYouMean(candidates: ["兰州市", "张掖市"])
    #expect(names.suggest(for: "兰州") == "兰州市")
    #expect(names.suggest(for: "张掖县") == "张掖市")
    #expect(names.suggest(for: "天水") == nil)
    #expect(DidYouMean(candidates: ["lanzhou"]).suggest(for: "兰州") == nil)
  }

  @Test(
    arguments: [
      ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("abc", "abc", 0), ("", "ab", 2),
      ("ab", "", 2), ("abcdef", "azcdef", 1), ("abcdef", "abdef", 1), ("abc", "xyz", 3),
    ])
  func measuresEditDistance(lhs: String, rhs: String, expected: Int) {
    var measure = EditDistance(query: lhs.unicodeScalars.map(\.value))
    #expect(measure.distance(to: ArraySlice(rhs.utf8), limit: 5) == expected)
    #expect(measure.distance(to: ArraySlice(rhs.utf8), limit: expected) == expected)
    if expected > 0 {
      #expect(measure.distance(to: ArraySlice(rhs.utf8), limit: expected - 1) == nil)
    }
  }

  @Test func servesLargeIdSets() {
    let ids = (0..<20_000).map { "obligation.\($0)@city-\($0 % 97)" }
    let index = DidYouMean(candidates: ids)
    #expect(index.suggest(for: "obligation.1234@city-70") == "obligation.1234@city-70")
    #expect(index.suggest(for: "obligaton.1234@city-70") == "obligation.1234@city-70")
  }
}

@Suite struct DidYouMeanTranspositionTests {
  @Test(arguments: [
    ("titel", "title"), ("responsbile", "responsible"), ("dpeends_on", "depends_on"),
  ])
  func swappedLettersCountAsOneEdit(_ typo: String, _ intended: String) {
    let keys = ["title", "source", "responsible", "cooperating", "depends_on", "due", "every"]
    #expect(DidYouMean(candidates: keys).suggest(for: typo) == intended)
  }
}
