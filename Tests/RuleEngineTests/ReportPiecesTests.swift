import TestSupport
import Testing

@testable import RuleEngine

/// The pieces reports keep to avoid making the same text twice: strings
/// known by identity, the bytes made of them or of an obligation, findings
/// grouped by body.
@Suite struct ReportPiecesTests {
  @Test func shortStringsAreKnownByTheirText() throws {
    let id = { (text: String) in try #require(StringIdentity(text)) }
    #expect(try id("兰州市") == id(String(decoding: Array("兰州市".utf8), as: UTF8.self)))
    #expect(try id("lanzhou") != id("lanzhou-"))
    // Same first bytes, different lengths: the length tells them apart.
    #expect(try id("a") != id("a\u{0}"))
    #expect(try id("") != id("\u{0}"))
  }

  @Test func longStringsAreKnownByTheirStorage() throws {
    let title = String(repeating: "整改", count: 20)
    let copy = title
    let remade = String(decoding: Array(title.utf8), as: UTF8.self)
    #expect(StringIdentity(title) == StringIdentity(copy))
    // The same text kept apart is another identity: made twice, never wrong.
    #expect(StringIdentity(title) != StringIdentity(remade))
    // A long string is never taken for a short one.
    #expect(StringIdentity(String(repeating: "a", count: 16)) != StringIdentity("a"))
  }

  @Test func bytesMadeOfAnObligationAreWrittenAgainForItsViolationsAlone() throws {
    let result = try CheckFixture.check(CheckFixture.snapshot(asOf: "2017-10-15"))
    let sandPlan = result.violations.filter { $0.subject == "water.sand-plan" }
    try #require(sandPlan.count >= 2)
    let other = try #require(result.violations.first { $0.subject != "water.sand-plan" })
    var metric = sandPlan[0]
    metric.title = sandPlan[0].title  // every field in a box: no shared part
    var made = DutyBytes()
    var output = ReportOutput()
    #expect(!made.writeKnown(of: sandPlan[0], into: &output))
    made.write(Array("[sand]".utf8), madeOf: sandPlan[0], into: &output)
    // Another violation of the obligation finds its bytes; another
    // obligation's, or one without the shared part, does not.
    #expect(made.writeKnown(of: sandPlan[1], into: &output))
    #expect(!made.writeKnown(of: other, into: &output))
    made.write(Array("[other]".utf8), madeOf: other, into: &output)
    #expect(!made.writeKnown(of: metric, into: &output))
    made.write(Array("[metric]".utf8), madeOf: metric, into: &output)
    #expect(!made.writeKnown(of: metric, into: &output))
    #expect(made.writeKnown(of: sandPlan[0], into: &output))
    #expect(made.writeKnown(of: other, into: &output))
    let expected = "[sand][sand][other][metric][sand][other]"
    #expect(String(decoding: output.bytes, as: UTF8.self) == expected)
  }

  @Test func bytesMadeOfAStringAreMadeOnceAndWrittenAgainForItAlone() {
    var made = MadeBytes()
    var output = ReportOutput()
    var makings: [String] = []
    func write(_ text: String, as bytes: String) {
      made.write(madeOf: text, into: &output) {
        makings.append(text)
        $0.write(bytes)
      }
    }
    let name = String(repeating: "甘肃省生态环境厅", count: 3)
    write(name, as: "[\(name)]")
    write(name, as: "not made again")
    write("other", as: "(other)")
    // The last one and an earlier one, each found again.
    write("other", as: "not made again")
    write(name, as: "not made again")
    #expect(makings == [name, "other"])
    let expected = "[\(name)][\(name)](other)(other)[\(name)]"
    #expect(String(decoding: output.bytes, as: UTF8.self) == expected)
  }

  @Test func positionsAreGroupedByKeyInTheOrderKeysFirstCome() throws {
    let graph = try CheckFixture.graph()
    try #require(graph.bodies.count >= 2)
    let (b, a) = (graph.bodies[1].id, graph.bodies[0].id)
    // "c" is no body of the plan: grouped by its text, as the bodies by
    // their positions in the plan.
    let c = "c-no-such-body"
    #expect(graph.body(c) == nil)
    let bodies = [b, b, a, c, a, b, c, c]
    let positions = BodyPositions(graph: graph)
    let groups = PositionGroups(bodies.indices, by: { bodies[$0] }, bodies: positions)
    #expect(groups.keys == [b, a, c])
    #expect(groups.keys.indices.map { Array(groups[$0]) } == [[0, 1, 5], [2, 4], [3, 6, 7]])
    let none = PositionGroups(0..<0, by: { _ in "x" }, bodies: positions)
    #expect(none.keys.isEmpty)
  }
}
