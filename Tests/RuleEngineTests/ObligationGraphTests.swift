import RuleParser
import Testing

@testable import RuleEngine

@Suite struct ObligationGraphTests {
  static let plan = Plan(
    id: "p", title: "t", document: nil, effective: nil, reportWithin: nil, publishWithin: nil,
    location: SourceLocation(file: "plan.yaml", line: 1, column: 1))

  static func instances(_ ids: [String]) -> [Instance] {
    ids.map { id in
      Instance(
        id: id, obligation: String(id.prefix { $0 != "@" }), body: "b", occurrence: nil,
        periodStart: nil, due: nil, relativeDue: nil, obligationClass: nil,
        dependencies: ["d-" + id], cooperating: [])
    }
  }

  static func graph(sorting ids: [String]) -> ObligationGraph {
    ObligationGraph(
      plan: plan, bodies: [], obligations: [], sorting: instances(ids), metrics: [],
      metricInstances: [], policies: [])
  }

  @Test func sortsInstancesInPlaceAsTheCopyingInitDoes() {
    var generator = SystemRandomNumberGenerator()
    let ids = (0..<500).map { "o\($0 % 37).x@b\($0)" }.shuffled(using: &generator)
    let sorted = Self.graph(sorting: ids)
    let copied = ObligationGraph(
      plan: Self.plan, bodies: [], obligations: [], instances: Self.instances(ids), metrics: [],
      metricInstances: [], policies: [])
    #expect(sorted.instances.map(\.id) == ids.sorted())
    #expect(copied.instances.map(\.id) == ids.sorted())
    #expect(sorted.instances.map(\.dependencies) == ids.sorted().map { ["d-" + $0] })
  }

  /// An order close to the result: taken as it is when it is the ids'
  /// order, sorted when it is not (`a.b@x` sorts after `a.b.c`), equal ids
  /// kept in their positions' order either way.
  @Test(arguments: [
    ["a.b@x", "a.b@y", "a.b.c@x", "a.b.c@y", "z"],
    ["a.b.c@x", "a.b.c@y", "a.b@x", "a.b@y", "z"],
    ["a", "a", "b", "é", "e"],
  ])
  func sortsFromAnOrderNearTheResult(_ ids: [String]) {
    let instances = Self.instances(ids)
    for order in [Array(ids.indices), Array(ids.indices.reversed())] {
      let graph = ObligationGraph(
        plan: Self.plan, bodies: [], obligations: [], sorting: instances, nearOrder: order,
        metrics: [], metricInstances: [], policies: [])
      let expected = IDOrder.sortedPositions(ids)
      #expect(graph.instances.map(\.id) == ids.sorted())
      #expect(graph.instances.map(\.dependencies) == expected.map { ["d-" + ids[$0]] })
    }
  }

  @Test func findsInstancesById() {
    let graph = Self.graph(sorting: ["c@x", "a", "b@y", "a@z"])
    #expect(graph.instance("b@y")?.dependencies == ["d-b@y"])
    #expect(graph.instance("a")?.id == "a")
    #expect(graph.instance("b") == nil)
    #expect(graph.body("a") == nil)
  }
}
