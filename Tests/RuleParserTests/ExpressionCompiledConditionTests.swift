import TestSupport
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
    #expect(diagnostics.map(\.code.rawValue) == ["E086"])
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
    #expect(diagnostics.map(\.code.rawValue) == ["E086"])
    #expect(diagnostics.first?.range?.start.column == condition.column())
    #expect(diagnostics.first?.notes.contains { $0.kind == .note } == false)
    let any = try #require(MarkedCondition("warned").compile(target: .metrics).condition)
    #expect(any.target == .metrics)
  }

  @Test func reportsEveryConflictingUse() {
    let condition = MarkedCondition("gap > 1 and 1️⃣overdue and 2️⃣missing")
    let diagnostics = condition.compile().diagnostics
    #expect(diagnostics.map(\.code.rawValue) == ["E086", "E086"])
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
    diagnostics.report(Diagnostic(.warning, code: .missingSource, .verbatim("earlier"), at: nil))
    _ = CompiledCondition.compile(
      "overdu", at: MarkedCondition.start, knownBodies: [], into: &diagnostics)
    #expect(diagnostics.all.map(\.code.rawValue) == ["W001", "E077"])
    #expect(diagnostics.errorCount == 1 && diagnostics.warningCount == 1)
  }

  /// Random conditions from grammar fragments: compiling never crashes, and what
  /// compiles evaluates on any facts.
  @Test func survivesArbitraryInput() {
    let fragments = [
      "overdue", "days_overdue", "status", "done", "'done'", "\"lanzhou\"", "body", "gap",
      "and", "or", "not", "in", "not in", "[", "]", ",", "(", ")", "==", "!=", "<", ">=",
      "+", "-", "1", "2.5", "-3", "true", "false", "violation", "overdu", "&&", "=", "'",
      "days_to_due", "class", "staged", "highest_action", "veto", "兰州", " ",
    ]
    var generator = SystemRandomNumberGenerator.Seeded(seed: 20_170_701)
    var compiled = 0
    for _ in 0..<2000 {
      let count = Int(generator.next() % 9) + 1
      let text = (0..<count).map { _ in
        fragments[Int(generator.next() % UInt64(fragments.count))]
      }.joined(separator: " ")
      var diagnostics = Diagnostics()
      let condition = CompiledCondition.compile(
        text, at: MarkedCondition.start, knownBodies: ["lanzhou"], into: &diagnostics)
      #expect((condition == nil) == diagnostics.hasErrors, "\(text)")
      #expect(diagnostics.all.allSatisfy { $0.range != nil && !$0.notes.isEmpty }, "\(text)")
      if let condition {
        compiled += 1
        _ = condition.evaluate(AnyFacts(seed: generator.next()))
      }
    }
    #expect(compiled > 20)
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

extension SystemRandomNumberGenerator {
  /// A deterministic generator (SplitMix64) for reproducible random tests.
  struct Seeded: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }
}

/// Facts of arbitrary values, some missing and some of the wrong type.
private struct AnyFacts: FactValues {
  let seed: UInt64

  func value(of fact: Fact) -> FactValue? {
    let roll = (seed >> UInt64(fact.name.count % 60)) % 7
    switch roll {
    case 0: return nil
    case 1: return .bool(roll % 2 == 0)
    case 2: return .int(Int(truncatingIfNeeded: seed))
    case 3: return .number(Double(seed % 1000) / 10)
    case 4: return .string("lanzhou")
    case 5: return EnumValue(.status, named: "done").map(FactValue.enumeration)
    default: return .int(Int.max)
    }
  }
}
