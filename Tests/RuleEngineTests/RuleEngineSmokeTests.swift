import Testing
@testable import RuleEngine

@Suite struct RuleEngineSmokeTests {
  @Test func moduleLoads() { #expect(String(describing: RuleEngine.self) == "RuleEngine") }
}
