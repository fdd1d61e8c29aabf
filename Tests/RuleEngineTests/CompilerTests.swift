import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Compiles small plans written in the test and checks the graph.
@Suite struct CompilerTests {
  @Test func singleBodyKeepsTheObligationID() throws {
    let graph = try InlinePlan.graph(
      "obligations:\n  audit: {title: 审计, responsible: env-dept, due: 2017年底前}\n")
    let instance = try #require(graph.instance("audit"))
    #expect(instance.body == "env-dept")
    #expect(instance.due?.description == "2017-12-31")
  }

  @Test func groupsExpandPerMember() throws {
    let graph = try InlinePlan.graph(
      """
      obligations:
        sand: {title: 规划, responsible: cities, due: 2017年7月底前}
        mixed: {title: 混合, responsible: [office, west, zhangye], due: 2018年底前}
      """)
    #expect(
      graph.instances.map(\.id) == [
        "mixed@jiuquan", "mixed@office", "mixed@zhangye", "sand@lanzhou", "sand@zhangye",
      ])
    #expect(graph.instance("sand@zhangye")?.due?.description == "2017-07-31")
  }

  @Test func dependenciesMatchPerMember() throws {
    let graph = try InlinePlan.graph(
      """
      obligations:
        plan: {title: 规划, responsible: cities, due: 2017年7月底前}
        permits: {title: 许可, responsible: cities, depends_on: [plan], due: 2017年底前}
        review: {title: 复核, responsible: office, depends_on: [plan], due: 2018年底前}
      """)
    #expect(graph.instance("permits@lanzhou")?.dependencies == ["plan@lanzhou"])
    #expect(graph.instance("review")?.dependencies == ["plan@lanzhou", "plan@zhangye"])
  }

  @Test func relativeDeadlinesCountFromThePrerequisiteOrTheEffectiveDate() throws {
    let graph = try InlinePlan.graph(
      """
      obligations:
        plan: {title: 规划, responsible: cities, due: 2017年7月底前}
        permits:
          title: 许可
          responsible: cities
          due: {within: 2 months, after: plan}
        setup: {title: 建立, responsible: office, due: {within: 一个月内}}
      """)
    let permits = try #require(graph.instance("permits@lanzhou"))
    #expect(permits.relativeDue?.after == "plan@lanzhou")
    #expect(permits.due?.description == "2017-09-30")
    #expect(permits.dependencies == ["plan@lanzhou"])
    #expect(graph.instance("setup")?.due?.description == "2017-08-01")
  }

  @Test func aBodysOwnTimingAndCooperatingReplaceTheDutys() throws {
    let graph = try InlinePlan.graph(
      """
      obligations:
        plan: {title: 规划, responsible: cities, due: 2017年7月底前}
        survey: {title: 调查, responsible: cities, due: 2017年8月底前}
        permits:
          title: 许可
          responsible: cities
          depends_on: [plan]
          due: {within: 2 months, after: survey}
          per_body:
            zhangye: {due: 2017年底前, cooperating: env-dept}
      """)
    let lanzhou = try #require(graph.instance("permits@lanzhou"))
    #expect(lanzhou.relativeDue?.after == "survey@lanzhou")
    #expect(lanzhou.due?.description == "2017-10-31")
    #expect(lanzhou.dependencies == ["plan@lanzhou", "survey@lanzhou"])
    #expect(lanzhou.cooperating.isEmpty)
    let zhangye = try #require(graph.instance("permits@zhangye"))
    #expect(zhangye.relativeDue == nil)
    #expect(zhangye.due?.description == "2017-12-31")
    #expect(zhangye.dependencies == ["plan@zhangye", "survey@zhangye"])
    #expect(zhangye.cooperating == ["env-dept"])
  }

  @Test func recurringDutiesExpandIntoOccurrences() throws {
    let graph = try InlinePlan.graph(
      """
      obligations:
        review: {title: 研究, responsible: [lanzhou], every: 每季度, from: 2017-07-01, until: 2018-03-31}
        annual: {title: 年报, responsible: office, every: 每年, until: 2019-12-31}
      """)
    #expect(
      graph.instances.filter { $0.obligation == "review" }.map(\.id) == [
        "review@lanzhou#2017-Q3", "review@lanzhou#2017-Q4", "review@lanzhou#2018-Q1",
      ])
    #expect(graph.instance("review@lanzhou#2017-Q4")?.due?.description == "2017-12-31")
    #expect(
      graph.instances.filter { $0.obligation == "annual" }.map(\.id) == [
        "annual#2017", "annual#2018", "annual#2019",
      ])
  }

  @Test func cyclesAreReportedWithTheWholePath() throws {
    let result = try InlinePlan.compile(
      """
      obligations:
        a: {title: 甲, responsible: office, due: 2017年底前, depends_on: [b]}
        b: {title: 乙, responsible: office, due: 2017年底前, depends_on: [a]}
      """)
    #expect(result.graph == nil)
    let cycle = try #require(result.diagnostics.all.first { $0.code == .dependencyCycle })
    #expect(cycle.notes.contains { $0.message.en == "cycle: a -> b -> a" })
  }

  @Test func outputIsIndependentOfTheOrderFilesAreRead() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = [
      "a.yaml": InlinePlan.header,
      "b.yaml": "obligations:\n  x: {title: 甲, responsible: cities, due: 2017年底前}\n",
      "c.yaml":
        "obligations:\n  y: {title: 乙, responsible: office, due: 2018年底前, depends_on: [x]}\n",
    ]
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    var diagnostics = Diagnostics()
    let paths = RuleSources.files(in: folder.path, diagnostics: &diagnostics)
    let forward = RuleSources.build(paths, diagnostics: &diagnostics)
    let backward = RuleSources.build(paths.reversed(), diagnostics: &diagnostics)
    let first = try #require(Compiler().compile(forward).graph).json()
    let second = try #require(Compiler().compile(backward).graph).json()
    #expect(first == second)
    #expect(first.contains("\"x@lanzhou\""))
  }

  @Test func lintWarnsAsCompileDoesOfADutyDueAfterAnUndatedOne() throws {
    // `lint` leaves the instances unnamed; their relative deadline must
    // still be known to the policies' reach, or `lint` alone says the
    // policy can fire on nothing (W011).
    let rules = """
      classes:
        long_term: {name: 长期坚持, standing: true}
      obligations:
        standing: {title: 长期, responsible: cities, class: long_term}
        network: {title: 建设, responsible: cities, due: {within: 2 months, after: standing}}
      policies:
        warn-network:
          when: obligation == "network" and violation == overdue
          action: warning
          by: office
      """
    let lint = try InlinePlan.compile(rules).diagnostics.all.map(\.code.rawValue)
    let compile = try InlinePlan.compile(rules, readsGraph: true).diagnostics.all.map(
      \.code.rawValue)
    #expect(lint == compile)
    #expect(!lint.contains("W011"))
  }

  @Test func aGraphSortedBesideTheChecksIsTheGraphSortedAfter() throws {
    // The CLI reads the graph (`readsGraph`): its instances are put in id
    // order on a second core while the enforcement checks run.
    let rules = Fixtures.packageRoot.appendingPathComponent("rules").path
    var reading = Compiler()
    reading.readsGraph = true
    let beside = try #require(reading.compile(rulesAt: rules).graph)
    let after = try #require(Compiler().compile(rulesAt: rules).graph)
    #expect(beside.instances.map(\.id) == after.instances.map(\.id))
    #expect(beside.instances.map(\.id) == beside.instances.map(\.id).sorted())
    #expect(try beside.json() == after.json())
  }
}
