import Testing

@testable import RuleEngine

@Suite struct IDOrderTests {
  /// Ids that share long prefixes, differ only after sixteen bytes, are
  /// prefixes of each other or use the separators of instance ids.
  static let ids = [
    "water.sand-plan@lanzhou", "water.sand-plan", "water.sand-plan@zhangye", "water.sand",
    "water.sand-plan#2017", "water.sand-plan.b", "water.sand-plan@lanzhou#2017-Q3",
    "water.sand-plan@lanzhou#2017-Q1", "f03.o00123@b042-07", "f03.o00123@b042-10",
    "f03.o00123@b042-07", "f03.o00123", "a", "A", "_", "0", "", "water.sand-plan-x",
    "f03.o00123@b042-0", "a.b.c.d.e.f.g.h.i.j.k", "a.b.c.d.e.f.g.h.i.j",
    "exactly-twenty-four-byte", "exactly-twenty-four-bytes", "exactly-twenty-four-byte@x",
    "exactly-twenty-four-bytd", "nul\u{0}", "nul", "nul\u{0}\u{0}",
  ]

  @Test func sortsAsStringsDo() {
    let positions = IDOrder.sortedPositions(Self.ids)
    #expect(positions.map { Self.ids[$0] } == Self.ids.sorted())
    #expect(Set(positions) == Set(Self.ids.indices))
  }

  @Test func keepsEqualIdsInTheirOrder() {
    let positions = IDOrder.sortedPositions(Self.ids)
    let equal = positions.filter { Self.ids[$0] == "f03.o00123@b042-07" }
    #expect(equal == [8, 10])
  }

  @Test func theOrderStartedFromChangesNothing() {
    let expected = IDOrder.sortedPositions(Self.ids)
    let reversed = Array(Self.ids.indices.reversed())
    let shuffled = Self.ids.indices.shuffled()
    #expect(IDOrder.sortedPositions(Self.ids, from: reversed) == expected)
    #expect(IDOrder.sortedPositions(Self.ids, from: shuffled) == expected)
    #expect(IDOrder.sortedPositions(Self.ids, from: expected) == expected)
  }

  @Test func sortsNonASCIIIdsAsStringsDo() {
    let ids = ["é", "e\u{301}x", "b", "整改", "a", "e"]
    #expect(IDOrder.sortedPositions(ids).map { ids[$0] } == ids.sorted())
  }

  @Test func sortsManyGeneratedIds() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("ab.-_@#09")
    // Long shared runs of one letter make ties beyond 24 bytes common.
    let ids = (0..<2000).map { _ in
      String(
        (0..<Int.random(in: 0...40, using: &generator)).map { _ in
          Bool.random(using: &generator) ? "a" : alphabet.randomElement(using: &generator) ?? "a"
        })
    }
    #expect(IDOrder.sortedPositions(ids).map { ids[$0] } == ids.sorted())
  }

  @Test func findsEveryIdBySearch() {
    let sorted = Self.ids.sorted()
    for id in Self.ids {
      let position = IDOrder.position(of: id, in: sorted) { $0 }
      #expect(position == sorted.firstIndex(of: id))
    }
    #expect(IDOrder.position(of: "water.sand-p", in: sorted) { $0 } == nil)
    #expect(IDOrder.position(of: "zzz", in: sorted) { $0 } == nil)
    #expect(IDOrder.position(of: "x", in: [String]()) { $0 } == nil)
  }
}
