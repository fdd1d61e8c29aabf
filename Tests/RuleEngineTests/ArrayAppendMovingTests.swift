import Testing

@testable import RuleEngine

/// A check's parts are joined by moving the later part's findings onto the
/// first's: the order is kept and the moved-from array is left empty.
@Suite struct ArrayAppendMovingTests {
  @Test func movesEveryElementInOrderAndEmptiesTheSource() {
    // Strings too long to be stored inline: each is a reference.
    var first = (0..<3).map { "first element number \($0)" }
    var second = (0..<5).map { "second element number \($0)" }
    let expected = first + second
    first.append(moving: &second)
    #expect(first == expected)
    #expect(second.isEmpty)
  }

  @Test func movingAnEmptyArrayChangesNothing() {
    var first = ["only"]
    var second: [String] = []
    first.append(moving: &second)
    #expect(first == ["only"])
    #expect(second.isEmpty)
  }
}
