import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct GraphExportStatusShadeTests {
  private let asOf = Day(iso: "2017-10-15") ?? Day(ordinal: 0)
  private let range = SourceRange(at: SourceLocation(file: "x.csv", line: 1, column: 1))

  private func instance(due: String?) -> Instance {
    Instance(
      id: "x", obligation: "x", body: "office", occurrence: nil, periodStart: nil,
      due: due.flatMap { Day(iso: $0) }, relativeDue: nil, obligationClass: nil, dependencies: [],
      cooperating: [])
  }

  private func entry(_ status: InstanceProgress, falseReport: Bool? = nil) -> InstanceStatus {
    InstanceStatus(
      instance: Located("x", at: range), status: Located(status, at: range),
      falseReport: falseReport.map { Located($0, at: range) })
  }

  @Test func shadesOverdueMissingAndFalselyReportedInstancesAsViolated() {
    let due = instance(due: "2017-10-15")
    #expect(StatusShade.of(due, entry: nil, asOf: asOf) == .violated)
    #expect(StatusShade.of(due, entry: entry(.inProgress), asOf: asOf) == .violated)
    #expect(StatusShade.of(due, entry: entry(.done), asOf: asOf) == .done)
    #expect(StatusShade.of(due, entry: entry(.closed, falseReport: true), asOf: asOf) == .violated)
  }

  @Test func shadesInstancesNotYetDueByTheirStatus() {
    let later = instance(due: "2017-10-16")
    #expect(StatusShade.of(later, entry: nil, asOf: asOf) == .noEntry)
    #expect(StatusShade.of(later, entry: entry(.notStarted), asOf: asOf) == .notStarted)
    #expect(
      StatusShade.of(instance(due: nil), entry: entry(.inProgress), asOf: asOf) == .inProgress)
  }

  @Test(arguments: [
    ([StatusShade.closed: 2], StatusShade.closed),
    ([.closed: 1, .done: 1], .done),
    ([.done: 1, .noEntry: 1], .inProgress),
    ([.violated: 1, .closed: 5], .violated),
    ([.notStarted: 1, .noEntry: 1], .notStarted),
    ([.noEntry: 2], .noEntry),
  ])
  func summarisesAnObligationsInstances(_ counts: [StatusShade: Int], _ shade: StatusShade) {
    #expect(StatusShade.overall(counts) == shade)
  }

  @Test func countsTheFixtureLedgersStatusesPerObligation() throws {
    let diagram = try GraphFixture.diagram(shaded: true)
    let shades = Dictionary(uniqueKeysWithValues: diagram.nodes.map { ($0.id, $0.shade) })
    #expect(shades["scheme.draft"] == .closed)
    #expect(shades["scheme.review"] == .violated)
    #expect(shades["check.quick"] == .violated)
    #expect(shades["scheme.implement"] == .notStarted)
    #expect(
      diagram.nodes.first { $0.id == "scheme.implement" }?.shades == [
        .notStarted: 1, .noEntry: 1,
      ])
    #expect(diagram.asOf == Day(iso: "2017-10-15"))
  }
}
