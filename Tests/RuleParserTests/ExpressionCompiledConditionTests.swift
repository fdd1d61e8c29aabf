import Testing

@testable import RuleParser

@Suite struct ExpressionCompiledConditionTests {
  @Test(
    arguments: [
      ("overdue and days_overdue > 30", FactTarget.obligations),
      ("off_track and gap > 2.5", .metrics),
      ("violation == off_track", .any),
      ("warned and days_since_warning > 30 and body == 'lanzhou'", .any),
      ("violation == target_missed and metric == 'air.pm25'", .metrics),
      ("interviewed and status != done", .obligations),
    ])
  func infersTheTarget(text: String, target: FactTarget) throws {
    let condition = try #require(MarkedCondition(text).compile().condition)
    #expect(condition.target == target)
  }

  @Test func listsTheFactsUsed() throws {
    let condition = try #require(
      MarkedCondition("overdue and (days_overdue > 30 or not warned) and overdue").compile()
        .condition)
    #expect(condition.facts == [.overdue, .daysOverdue, .warned])
  }

  @Test func reportsFactsOfDifferentTargets() throws {
    let condition = MarkedCondition("1️⃣overdue and violation == off_track and 2️⃣gap > 3")
    let (compiled, diagnostics) = condition.compile()
    #expect(compiled == nil)
    #expect(diagnostics.map(\.code) == ["E086"])
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.range?.start.column == condition.column(2))
    #expect(
      diagnostic.message.en
        == "fact `gap` applies to metric readings only, "
        + "but this condition is about obligation instances")
    let note = try #require(diagnostic.notes.first { $0.kind == .note })
    #expect(note.range?.start.column == condition.column(1))
    #expect(note.message.en == "`overdue` makes it about obligation instances")
    #expect(diagnostic.notes.contains { $0.kind == .help })
  }

  @Test func reportsFactsThatCannotApplyToThePolicysTarget() throws {
    let condition = MarkedCondition("warned and 1️⃣off_track")
    let diagnostics = condition.compile(target: .obligations).diagnostics
    #expect(diagnostics.map(\.code) == ["E086"])
    #expect(diagnostics.first?.range?.start.column == condition.column())
    #expect(diagnostics.first?.notes.contains { $0.kind == .note } == false)
    let any = try #require(MarkedCondition("warned").compile(target: .metrics).condition)
    #expect(any.target == .metrics)
  }

  @Test func reportsEveryConflictingUse() {
    let condition = MarkedCondition("gap > 1 and 1️⃣overdue and 2️⃣missing")
    let diagnostics = condition.compile().diagnostics
    #expect(diagnostics.map(\.code) == ["E086", "E086"])
    #expect(
      diagnostics.map { $0.range?.start.column } == [condition.column(1), condition.column(2)])
  }

  @Test func locatesErrorsInQuotedScalarsAfterTheQuote() throws {
    var diagnostics = Diagnostics()
    let start = SourceLocation(file: "p.yaml", line: 2, column: 11, offset: 30)
    let condition = CompiledCondition.compile(
      "overdue and statu == done", at: start, style: .doubleQuoted, knownBodies: [],
      into: &diagnostics)
    #expect(condition == nil)
    let range = try #require(diagnostics.all.first?.range)
    #expect(range.start.column == 11 + 1 + 12 && range.end.column == 11 + 1 + 17)
    #expect(range.start.offset == 30 + 1 + 12)
  }

  @Test func addsToTheDiagnosticsItIsGiven() {
    var diagnostics = Diagnostics()
    diagnostics.report(Diagnostic(.warning, code: "W001", .verbatim("earlier"), at: nil))
    _ = CompiledCondition.compile(
      "overdu", at: MarkedCondition.start, knownBodies: [], into: &diagnostics)
    #expect(diagnostics.all.map(\.code) == ["W001", "E077"])
    #expect(diagnostics.errorCount == 1 && diagnostics.warningCount == 1)
  }

  @Test func compilesTheIssuesExamples() throws {
    for text in [
      "overdue", "overdue and days_overdue > 30", "missing", "false_report",
      "not reported and days_unreported > 10", "interviewed and days_since_interview > 30",
      "off_track or target_missed",
    ] {
      #expect(MarkedCondition(text).compile().condition != nil, "\(text)")
    }
  }
}
