import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct GraphJSONTests {
  @Test func instancesWrittenInSmallBlocksAreTheInstancesWrittenOnOneCore() throws {
    let graph = try CheckFixture.graph()
    let oneCore = graph.json()
    #expect(graph.instances.count > 5)
    for block in [1, 2, 5] {
      let bothCores = TwoCoreWriting.$block.withValue(block) { graph.json() }
      #expect(bothCores == oneCore, "blocks of \(block)")
    }
  }

  @Test func everyFieldOfAnInstanceReadsBack() throws {
    let within = try #require(TimeSpan(5, .workingDay))
    let odd = "q\"b\\s\n\t\r\u{1}\u{1F}é"
    let instance = Instance(
      id: "a@" + odd, obligation: "a", body: odd, occurrence: "2017-Q3",
      periodStart: Day(year: 7, month: 1, day: 2),
      due: Day(year: 2017, month: 9, day: 30),
      relativeDue: .init(within: within, after: "b\"1"), obligationClass: nil,
      dependencies: ["b\"1", "c"], cooperating: [odd], dueSource: .own)
    let graph = ObligationGraph(
      plan: ObligationGraphTests.plan, bodies: [], obligations: [],
      instances: [instance, ObligationGraphTests.instances(["z"])[0]], metrics: [],
      metricInstances: [], policies: [])
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(graph.jsonBytes())) as? [String: Any])
    let instances = try #require(root["instances"] as? [String: [String: Any]])
    let read = try #require(instances["a@" + odd])
    #expect(read["body"] as? String == odd)
    #expect(read["cooperating"] as? [String] == [odd])
    #expect(read["dependencies"] as? [String] == ["b\"1", "c"])
    #expect(read["due"] as? String == "2017-09-30")
    #expect(read["due_source"] as? String == "own")
    #expect(
      read["due_rule"] as? [String: String] == ["after": "b\"1", "within": within.description])
    #expect(read["obligation"] as? String == "a")
    #expect(read["occurrence"] as? String == "2017-Q3")
    #expect(read["period_start"] as? String == "0007-01-02")
    #expect(instances["z"]?["cooperating"] as? [String] == [])
    #expect(instances["z"]?["due"] == nil)
  }
}
