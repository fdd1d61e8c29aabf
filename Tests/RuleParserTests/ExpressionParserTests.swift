import TestSupport
import Testing

@testable import RuleParser

@Suite struct ExpressionParserTests {
  /// The syntax tree of `text` with every operation in parentheses.
  private func parsed(_ text: String) throws -> String {
    render(try ExpressionParser.parse(ExpressionSource(text: text, start: MarkedCondition.start)))
  }

  private func render(_ syntax: ExpressionSyntax) -> String {
    switch syntax.kind {
    case .integer(let value): "\(value)"
    case .decimal(let value): "\(value)"
    case .string(let text): "'\(text)'"
    case .boolean(let value): "\(value)"
    case .identifier(let name): name
    case .not(let operand): "(not \(render(operand)))"
    case .binary(let binary, let lhs, let rhs):
      "(\(render(lhs)) \(spelling(binary)) \(render(rhs)))"
    case .membership(let value, let elements, let negated):
      "(\(render(value)) \(negated ? "not in" : "in") [\(listed(elements))])"
    }
  }

  private func spelling(_ binary: ExpressionSyntax.BinaryOperator) -> String {
    switch binary {
    case .logical(let logical): logical.rawValue
    case .arithmetic(let arithmetic): arithmetic.rawValue
    case .comparison(let comparison): comparison.rawValue
    }
  }

  private func listed(_ elements: [ExpressionSyntax]) -> String {
    elements.map(render).joined(separator: ", ")
  }

  @Test(
    arguments: [
      ("a or b and c", "(a or (b and c))"),
      ("a and b or c", "((a and b) or c)"),
      ("a or b or c", "((a or b) or c)"),
      ("a and b and c", "((a and b) and c)"),
      ("not a and b", "((not a) and b)"),
      ("not not a", "(not (not a))"),
      ("not a == b", "(not (a == b))"),
      ("a == b and c != d", "((a == b) and (c != d))"),
      ("a + 1 > b - 2 + 3", "((a + 1) > ((b - 2) + 3))"),
      ("a - -5 <= -2.5", "((a - -5) <= -2.5)"),
      ("a in [x, 'y', 3,]", "(a in [x, 'y', 3])"),
      ("not a not in [1] or b", "((not (a not in [1])) or b)"),
      ("a + 1 in [2]", "((a + 1) in [2])"),
      ("(a or b) and c", "((a or b) and c)"),
      ("((a))", "a"),
      ("not (a)", "(not a)"),
      ("true == false", "(true == false)"),
      ("a>=1 and(b<2)", "((a >= 1) and (b < 2))"),
    ])
  func respectsPrecedence(text: String, expected: String) throws {
    #expect(try parsed(text) == expected)
  }

  @Test func rangesCoverNodesAndTheirParentheses() throws {
    let syntax = try ExpressionParser.parse(
      ExpressionSource(text: "not (a == 1) or b in [2]", start: MarkedCondition.start))
    #expect(syntax.range == 0..<24)
    guard case .binary(.logical(.or), let lhs, let rhs) = syntax.kind else {
      Issue.record("expected or, got \(syntax.kind)")
      return
    }
    #expect(lhs.range == 0..<12)
    guard case .not(let operand) = lhs.kind else {
      Issue.record("expected not, got \(lhs.kind)")
      return
    }
    #expect(operand.range == 4..<12)
    #expect(rhs.range == 16..<24)
  }

  @Test(
    arguments: [
      ("1️⃣", "E070"),
      ("1️⃣   ", "E070"),
      ("overdue and 1️⃣", "E073"),
      ("overdue 1️⃣missing", "E073"),
      ("1️⃣) or overdue", "E073"),
      ("overdue and 1️⃣or missing", "E073"),
      ("days_overdue > 1️⃣== 3", "E073"),
      ("status in 1️⃣done", "E073"),
      ("status in [done 1️⃣closed]", "E073"),
      ("status in [1️⃣(done)]", "E073"),
      ("status in [1️⃣, done]", "E073"),
      ("days_overdue > - 1️⃣days_to_due", "E073"),
      ("(overdue and missing1️⃣", "E074"),
      ("(overdue and (missing)1️⃣", "E074"),
      ("(1️⃣", "E074"),
      ("status in [done, closed1️⃣", "E074"),
      ("(overdue 1️⃣]", "E073"),
      ("1️⃣[done] == status", "E075"),
      ("status == 1️⃣[done]", "E075"),
      ("1️⃣days_overdue > 1 > 0", "E088"),
      ("1️⃣status == done in [true]", "E088"),
      ("1️⃣days_overdue in [1] not in [2]", "E088"),
      ("status in [1️⃣]", "E073"),
    ])
  func reportsSyntaxErrorsWhereTheyAre(marked: String, code: String) throws {
    let condition = MarkedCondition(marked)
    let (compiled, diagnostics) = condition.compile()
    #expect(compiled == nil)
    #expect(diagnostics.map(\.code.rawValue) == [code])
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.range?.start.line == 7)
    #expect(diagnostic.range?.start.column == condition.column())
    #expect(diagnostic.notes.contains { $0.kind == .help })
  }

  @Test(
    arguments: [
      String(repeating: "(", count: 101) + "overdue" + String(repeating: ")", count: 101),
      String(repeating: "(", count: 100_000),
      String(repeating: "not ", count: 101) + "overdue",
      "overdue" + String(repeating: " and overdue", count: 100),
      "days_overdue" + String(repeating: " + 1", count: 100) + " > 3",
    ])
  func limitsNesting(_ text: String) throws {
    let diagnostics = MarkedCondition(text).compile().diagnostics
    #expect(diagnostics.map(\.code.rawValue) == ["E089"])
    #expect(diagnostics.first?.message.en == "the condition nests more than 100 levels deep")
  }

  @Test func acceptsNestingUpToTheLimit() throws {
    let parentheses =
      String(repeating: "(", count: 100) + "overdue" + String(repeating: ")", count: 100)
    #expect(MarkedCondition(parentheses).compile().condition != nil)
    let chain = "overdue" + String(repeating: " and overdue", count: 99)
    #expect(MarkedCondition(chain).compile().condition != nil)
  }

  @Test func unexpectedTokensSayWhatWasExpected() throws {
    let diagnostic = try #require(MarkedCondition("overdue missing").compile().diagnostics.first)
    #expect(
      diagnostic.message.en == "expected `and`, `or` or the end of the condition, found `missing`")
    #expect(diagnostic.message.zh.contains("`missing`"))
    let end = try #require(MarkedCondition("overdue and").compile().diagnostics.first)
    #expect(end.message.en == "expected a fact or a value, found the end of the condition")
    #expect(end.range?.start.column == MarkedCondition.start.column + 11)
  }

  @Test func unclosedParenthesesPointBackAtTheOpening() throws {
    let condition = MarkedCondition("overdue and 1️⃣(missing or warned2️⃣")
    let diagnostic = try #require(condition.compile().diagnostics.first)
    #expect(diagnostic.message.en == "missing `)`")
    let note = try #require(diagnostic.notes.first { $0.kind == .note })
    #expect(note.range?.start.column == condition.column(1))
    #expect(diagnostic.range?.start.column == condition.column(2))
  }

  @Test func chainedComparisonsCoverTheChain() throws {
    let condition = MarkedCondition("overdue and 1️⃣days_overdue > 1 >2️⃣ 0")
    let diagnostic = try #require(condition.compile().diagnostics.first)
    #expect(diagnostic.range?.start.column == condition.column(1))
    #expect(diagnostic.range?.end.column == condition.column(2))
  }
}
