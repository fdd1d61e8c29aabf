import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// The graph of a result is put together when first read.
@Suite struct CompileResultTests {
  static let rules = """
    obligations:
      b.second: {title: 二, responsible: cities, due: 2017-12-31, depends_on: [a.first]}
      a.first: {title: 一, responsible: [office, env-dept], due: 2017年7月底前}

    """

  @Test func givesTheSameGraphToEveryReaderAndCopy() throws {
    let result = try InlinePlan.compile(Self.rules)
    let copy = result
    let first = try #require(result.graph)
    let again = try #require(copy.graph)
    let ids = ["a.first@env-dept", "a.first@office", "b.second@lanzhou", "b.second@zhangye"]
    #expect(first.instances.map(\.id) == ids)
    #expect(again.instances.map(\.id) == ids)
    #expect(
      first.instance("b.second@zhangye")?.dependencies == ["a.first@env-dept", "a.first@office"])
  }

  @Test func readsTheSameGraphFromManyThreads() throws {
    let result = try InlinePlan.compile(Self.rules)
    let counts = (0..<8).map { _ in result }.map { copy in
      Concurrently.both({ copy.graph?.instances.count }, { copy.graph?.instances.count })
    }
    #expect(counts.allSatisfy { $0.0 == 4 && $0.1 == 4 })
  }

  @Test func takesAGraphOrNoneWhenSet() throws {
    var result = try InlinePlan.compile(Self.rules)
    result.graph = nil
    #expect(result.graph == nil)
    let failed = try InlinePlan.compile("obligations: {x: {title: 一, responsible: nobody}}\n")
    #expect(failed.graph == nil)
    #expect(failed.diagnostics.hasErrors)
  }
}
