import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct CalendarFixtureTests {
  @Test func thePlanCompilesWithEveryKindOfDeadline() throws {
    let graph = try CalendarFixture.graph()
    let recurrences = Set(graph.obligations.compactMap(\.every))
    #expect(recurrences == [.monthly, .quarterly, .halfYearly, .yearly])
    #expect(graph.instances.contains { $0.relativeDue != nil })
    #expect(graph.instances.contains { $0.due == nil })
    #expect(graph.body("cities")?.members == ["lanzhou", "tianshui"])
  }
}
