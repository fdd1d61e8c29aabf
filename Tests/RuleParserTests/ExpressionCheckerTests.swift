import TestSupport
import Testing

@testable import RuleParser

@Suite struct ExpressionCheckerTests {
  /// The typed tree of a valid condition.
  private func typed(_ text: String) throws -> String {
    let (condition, diagnostics) = MarkedCondition(text).compile()
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
    return try #require(condition).expression.description
  }

  /// The one diagnostic of an invalid condition, checked against its code and marker.
  private func expectError(_ marked: String, _ code: String) throws -> Diagnostic {
    let condition = MarkedCondition(marked)
    let (compiled, diagnostics) = condition.compile()
    #expect(compiled == nil)
    #expect(diagnostics.map(\.code.rawValue) == [code], "\(diagnostics.map(\.message.en))")
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.range?.start.column == condition.column(), "\(diagnostic.message.en)")
    #expect(diagnostic.notes.contains { $0.kind == .help })
    return diagnostic
  }

  @Test(
    arguments: [
      ("overdue and days_overdue > 30", "(overdue and (days_overdue > 30))"),
      ("status == done", "(status == done)"),
      ("status == \"done\"", "(status == done)"),
      ("'closed' != status", "(closed != status)"),
      ("status < done", "(status < done)"),
      ("class in [immediate, 'special']", "(class in [immediate, special])"),
      ("class not in [long_term]", "(class not in [long_term])"),
      ("violation == overdue", "(violation == overdue)"),
      ("overdue == violation", "(overdue == violation)"),
      (
        "violation in [missing, false_report, off_track]",
        "(violation in [missing, false_report, off_track])"
      ),
      ("overdue == missing", "(overdue == missing)"),
      ("overdue == true", "(overdue == true)"),
      ("gap > 2", "(gap > 2)"),
      ("days_overdue >= 2.5", "(days_overdue >= 2.5)"),
      ("gap in [1, 2.5]", "(gap in [1, 2.5])"),
      (
        "days_overdue - days_since_warning + 1 > 0",
        "(((days_overdue - days_since_warning) + 1) > 0)"
      ),
      ("body == 'lanzhou'", "(body == \"lanzhou\")"),
      ("body in [\"lanzhou\", 'env-dept']", "(body in [\"lanzhou\", \"env-dept\"])"),
      ("highest_action < interview", "(highest_action < interview)"),
      ("true", "true"),
      ("not (warned or interviewed)", "(not (warned or interviewed))"),
    ])
  func typesValidConditions(text: String, expected: String) throws {
    #expect(try typed(text) == expected)
  }

  @Test func nodesCarryTypesAndRanges() throws {
    let condition = try #require(MarkedCondition("days_overdue + 1 > progress").compile().condition)
    let root = condition.expression
    #expect(root.type == .bool && root.range == 0..<27)
    guard case .comparison(.greater, let lhs, let rhs) = root.kind else {
      Issue.record("expected >, got \(root.kind)")
      return
    }
    #expect(lhs.type == .int && lhs.range == 0..<16)
    #expect(rhs.type == .number && rhs.kind == .fact(.progress) && rhs.range == 19..<27)
    #expect(condition.sourceRange(of: rhs).start.column == MarkedCondition.start.column + 19)
  }

  @Test func reportsTypeMismatchesAtTheOddOperand() throws {
    let diagnostic = try expectError("days_overdue == 1️⃣\"x\"", "E079")
    #expect(diagnostic.message.en == "cannot compare `days_overdue` (int) with `\"x\"` (string)")
    #expect(diagnostic.notes.first?.message.en.contains("such as `30`") == true)
    _ = try expectError("1️⃣30 == body", "E079")
    _ = try expectError("status == 1️⃣class", "E079")
    _ = try expectError("overdue == 1️⃣1", "E079")
    _ = try expectError("body == 1️⃣days_overdue", "E079")
  }

  @Test func reportsOperandsThatAreNotConditions() throws {
    let diagnostic = try expectError("overdue and 1️⃣days_overdue", "E080")
    #expect(
      diagnostic.message.en == "`and` needs true/false operands, but `days_overdue` is an int")
    _ = try expectError("not 1️⃣body", "E080")
    _ = try expectError("1️⃣gap or overdue", "E080")
  }

  @Test func reportsArithmeticOnOtherThanWholeNumbers() throws {
    _ = try expectError("1️⃣gap + 1 > 2", "E081")
    _ = try expectError("days_overdue - 1️⃣overdue > 2", "E081")
    _ = try expectError("days_overdue + 1️⃣\"x\" > 2", "E081")
  }

  @Test func reportsConditionsThatAreNotBool() throws {
    let diagnostic = try expectError("1️⃣days_overdue + 30", "E082")
    #expect(
      diagnostic.message.en
        == "a condition must be true or false, but `days_overdue + 30` is an int")
    _ = try expectError("1️⃣body", "E082")
    _ = try expectError("1️⃣(status)", "E082")
  }

  @Test func reportsOrderingOfUnorderedValues() throws {
    let diagnostic = try expectError("1️⃣class < special", "E083")
    #expect(diagnostic.message.en == "`<` cannot order values of type class")
    _ = try expectError("1️⃣body >= \"a\"", "E083")
    _ = try expectError("1️⃣overdue > missing", "E083")
    _ = try expectError("1️⃣violation <= overdue", "E083")
  }

  @Test func reportsListElementsOfTheWrongType() throws {
    let diagnostic = try expectError("days_overdue in [1, 1️⃣2.5]", "E084")
    #expect(diagnostic.message.en == "`2.5` is a number, but `days_overdue` is an int")
    _ = try expectError("body in [1️⃣true]", "E084")
    _ = try expectError("overdue in [1️⃣'x']", "E084")
    _ = try expectError("days_overdue in [1️⃣days_to_due]", "E073")
  }

  @Test func suggestsFactNames() throws {
    let diagnostic = try expectError("1️⃣overdu and missing", "E077")
    #expect(diagnostic.message.en == "unknown fact `overdu`")
    #expect(diagnostic.notes.first?.message.en == "did you mean `overdue`?")
    let far = try expectError("1️⃣xyz", "E077")
    #expect(far.notes.first?.message.en == "the facts are listed in docs/facts.md")
    let days = try expectError("1️⃣days_overdu > 3", "E077")
    #expect(days.notes.first?.message.en == "did you mean `days_overdue`?")
  }

  @Test func explainsEnumValuesAndBodiesUsedAsFacts() throws {
    let value = try expectError("1️⃣done", "E077")
    #expect(value.notes.first?.message.en.hasPrefix("`done` is a value of `status`") == true)
    let body = try expectError("body == 1️⃣lanzhou", "E077")
    #expect(body.notes.first?.message.en == "body ids are strings: write `body == \"lanzhou\"`")
  }

  @Test func reportsUnknownEnumValuesWithSuggestions() throws {
    let diagnostic = try expectError("status == 1️⃣don", "E078")
    #expect(diagnostic.message.en == "`don` is not a value of `status`")
    #expect(
      diagnostic.notes.first?.message.en
        == "did you mean `done`? the values of `status` are: not_started, in_progress, done, closed"
    )
    _ = try expectError("1️⃣\"Done\" == status", "E078")
    _ = try expectError("class in [immediate, 1️⃣longterm]", "E078")
    _ = try expectError("highest_action >= 1️⃣warn", "E078")
    _ = try expectError("violation == 1️⃣late", "E078")
  }

  @Test func checksBodyIds() throws {
    let diagnostic = try expectError("body == 1️⃣\"lanzho\"", "E085")
    #expect(diagnostic.message.en == "unknown body `lanzho`")
    #expect(diagnostic.notes.first?.message.en == "did you mean `lanzhou`?")
    _ = try expectError("body in ['zhangye', 1️⃣'envdept']", "E085")
    _ = try expectError("1️⃣'x' != body", "E085")
  }

  @Test func checksObligationIdsWhenKnown() throws {
    let known: Set<String> = ["water.sand-plan", "water.sand-permits"]
    let condition = MarkedCondition("obligation == 1️⃣'water.sand-plam'")
    let diagnostics = condition.compile(knownObligations: known).diagnostics
    #expect(diagnostics.map(\.code.rawValue) == ["E087"])
    #expect(diagnostics.first?.range?.start.column == condition.column())
    #expect(diagnostics.first?.notes.first?.message.en == "did you mean `water.sand-plan`?")
    #expect(condition.compile().diagnostics.isEmpty)
  }

  @Test func reportsEveryTypeErrorOnce() throws {
    let condition = MarkedCondition("1️⃣overdu and days_overdue == 2️⃣'x' or status == 3️⃣don")
    let diagnostics = condition.compile().diagnostics
    #expect(diagnostics.map(\.code.rawValue) == ["E077", "E079", "E078"])
    #expect(diagnostics.map { $0.range?.start.column } == [1, 2, 3].map { condition.column($0) })
  }

  @Test func messagesExistInChinese() throws {
    let diagnostic = try expectError("days_overdue == 1️⃣\"x\"", "E079")
    #expect(diagnostic.message.zh == "无法比较 `days_overdue`（int）与 `\"x\"`（string）")
    #expect(diagnostic.notes.allSatisfy { !$0.message.zh.isEmpty })
  }
}
