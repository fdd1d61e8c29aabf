import Testing

@testable import RuleEngine

@Suite struct ConcurrentlyTests {
  @Test func returnsBothResults() {
    let (sum, text) = Concurrently.both(
      { (1...1000).reduce(0, +) },
      { String(repeating: "整改", count: 3) })
    #expect(sum == 500_500)
    #expect(text == "整改整改整改")
  }

  @Test func returnsOptionalResultsAsTheyAre() {
    let (first, second): (Int?, [String]?) = Concurrently.both({ nil }, { ["a"] })
    #expect(first == nil)
    #expect(second == ["a"])
  }
}
