import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// Checks facts of the source document through the compiled bundled plan.
@Suite struct BundledPlanFactsTests {
  static let cities = [
    "baiyin", "dingxi", "gannan", "jiayuguan", "jinchang", "jiuquan", "lanzhou", "linxia",
    "longnan", "pingliang", "qingyang", "tianshui", "wuwei", "zhangye",
  ]

  @Test func fourteenCitiesAndPrefectures() throws {
    let graph = try #require(BundledPlan.graph)
    #expect(graph.expand(body: "cities").sorted() == Self.cities)
  }

  @Test func sandMiningPlanIsDueEndOfJuly2017ForEveryCity() throws {
    let graph = try #require(BundledPlan.graph)
    let instances = graph.instances.filter { $0.obligation == "water.sand-plan" }
    #expect(instances.map(\.body).sorted() == Self.cities)
    #expect(instances.allSatisfy { $0.due?.description == "2017-07-31" })
    #expect(graph.obligation("water.sand-plan")?.source?.section.hasPrefix("四(") == true)
  }

  @Test func smallBoilersAreDueByTheEndOf2017() throws {
    let graph = try #require(BundledPlan.graph)
    let instance = try #require(graph.instance("air.small-boilers@lanzhou"))
    #expect(instance.due?.description == "2017-12-31")
    #expect(graph.obligation("air.small-boilers")?.title.contains("10蒸吨") == true)
  }

  @Test func quarterlyStudyExpandsIntoQuarterlyOccurrences() throws {
    let graph = try #require(BundledPlan.graph)
    let lanzhou = graph.instances.filter {
      $0.obligation == "party.quarterly-review" && $0.body == "lanzhou"
    }
    #expect(lanzhou.count == 14)  // 2017-Q3 … 2020-Q4
    #expect(lanzhou.first?.id == "party.quarterly-review@lanzhou#2017-Q3")
    #expect(lanzhou.first?.due?.description == "2017-09-30")
    #expect(
      graph.instance("party.quarterly-review@lanzhou#2020-Q4")?.due?.description == "2020-12-31")
  }

  @Test func pm25IsCappedAt38By2020() throws {
    let graph = try #require(BundledPlan.graph)
    let metric = try #require(graph.metric("air.pm25"))
    #expect(metric.direction == .atMost)
    #expect(metric.target == 38)
    #expect(metric.by.description == "2020-12-31")
    #expect(graph.metricInstance("air.pm25@zhangye") != nil)
  }

  @Test func riverDutiesFallOnTheNamedCitiesOnly() throws {
    let graph = try #require(BundledPlan.graph)
    let named = ["baiyin", "dingxi", "pingliang", "qingyang", "tianshui", "zhangye"]
    #expect(graph.expand(body: "river-cities").sorted() == named)
  }

  @Test func everyRuleCitesAQuoteFoundInTheDocument() throws {
    let graph = try #require(BundledPlan.graph)
    #expect(graph.obligations.allSatisfy { $0.source?.documentLine != nil })
    #expect(graph.metrics.allSatisfy { $0.source?.documentLine != nil })
    #expect(graph.policies.allSatisfy { $0.source?.documentLine != nil })
  }

  @Test func theLadderReachesFromWarningToVeto() throws {
    let graph = try #require(BundledPlan.graph)
    let actions = Set(graph.policies.map(\.action))
    #expect(actions == Set(graph.plan.actions))
    // The plan's ladder: the standard five with 四(五)2(1)'s 区域限批 above 约谈.
    #expect(
      graph.plan.actions.map(\.rawValue) == [
        "warning", "supervision", "interview", "regional-restriction", "accountability", "veto",
      ])
  }
}
