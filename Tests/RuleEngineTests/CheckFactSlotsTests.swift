import RuleParser
import Testing

@testable import RuleEngine

/// The positions a check counts and stores by instead of hashing: a
/// violation kind's ordinal and a fact's slot in `ViolationFacts`.
@Suite struct CheckFactSlotsTests {
  @Test func aKindsOrdinalIsItsDeclarationOrder() {
    #expect(ViolationKind.allCases.map(\.ordinal) == Array(ViolationKind.allCases.indices))
    #expect(ViolationKind.allCases.sorted() == ViolationKind.allCases)
  }

  @Test func aKindsFactValueNamesTheKind() {
    for kind in ViolationKind.allCases {
      guard case .enumeration(let value)? = kind.factValue else {
        Issue.record("no fact value for \(kind)")
        continue
      }
      #expect(value.type == .violation && value.name == kind.rawValue)
    }
  }

  @Test func everyFactHasItsOwnSlot() {
    var facts = ViolationFacts()
    for (number, fact) in Fact.allCases.enumerated() { facts[fact] = .int(number) }
    for (number, fact) in Fact.allCases.enumerated() {
      #expect(facts.value(of: fact) == .int(number))
    }
    #expect(facts.values.count == Fact.allCases.count)
    facts[.body] = nil
    #expect(facts.value(of: .body) == nil && facts.values[.body] == nil)
    #expect(facts.values.count == Fact.allCases.count - 1)
  }
}
