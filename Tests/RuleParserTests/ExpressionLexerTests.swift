import TestSupport
import Testing

@testable import RuleParser

@Suite struct ExpressionLexerTests {
  private func tokens(_ text: String) throws -> [ExpressionToken.Kind] {
    var lexer = ExpressionLexer(ExpressionSource(text: text, start: MarkedCondition.start))
    return try lexer.tokenize().map(\.kind)
  }

  @Test func readsEveryKindOfToken() throws {
    let kinds = try tokens("not (a_1 and b) or c in [1, 2.5, 'x', \"y\"] + - true false")
    #expect(
      kinds == [
        .not, .leftParenthesis, .identifier("a_1"), .and, .identifier("b"), .rightParenthesis,
        .or, .identifier("c"), .in, .leftBracket, .integer(1), .comma, .decimal(2.5), .comma,
        .string("x"), .comma, .string("y"), .rightBracket, .plus, .minus, .true, .false, .end,
      ])
  }

  @Test func readsComparisons() throws {
    let kinds = try tokens("== != < <= > >= <>")
    let comparisons: [ComparisonOperator] = [
      .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .less, .greater,
    ]
    #expect(kinds == comparisons.map { .comparison($0) } + [.end])
  }

  @Test func keepsRangesInScalars() throws {
    var lexer = ExpressionLexer(
      ExpressionSource(text: " \"兰州\"\tand\nx>=10", start: MarkedCondition.start))
    let ranges = try lexer.tokenize().map(\.range)
    #expect(ranges == [1..<5, 6..<9, 10..<11, 11..<13, 13..<15, 15..<15])
  }

  @Test func stringsKeepTheOtherQuoteAndSpaces() throws {
    #expect(try tokens("'say \"hi\"  '") == [.string("say \"hi\"  "), .end])
    #expect(try tokens("\"\"") == [.string(""), .end])
  }

  @Test func keywordsAreCaseSensitive() throws {
    #expect(try tokens("AND Not") == [.identifier("AND"), .identifier("Not"), .end])
  }

  @Test(
    arguments: [
      ("overdue 1️⃣&& missing", "&&", "and"),
      ("overdue 1️⃣|| missing", "||", "or"),
      ("1️⃣!overdue", "!", "not"),
      ("status 1️⃣= done", "=", "=="),
      ("1️⃣（overdue)", "（", "("),
      ("status in [done1️⃣，closed]", "，", ","),
      ("body == 1️⃣“lanzhou”", "“", "\""),
      ("overdue 1️⃣# note", "#", nil),
      ("1️⃣逾期", "逾", nil),
    ] as [(String, String, String?)])
  func reportsUnexpectedCharacters(marked: String, character: String, meant: String?) throws {
    let condition = MarkedCondition(marked)
    let diagnostic = try #require(condition.compile().diagnostics.first)
    #expect(diagnostic.code.rawValue == "E071")
    #expect(diagnostic.message.en == "unexpected character `\(character)` in the condition")
    #expect(diagnostic.range?.start.column == condition.column())
    #expect(
      diagnostic.range?.end.column == condition.column().map { $0 + character.unicodeScalars.count }
    )
    let help = try #require(diagnostic.notes.first)
    #expect(help.kind == .help)
    if let meant { #expect(help.message.en == "write `\(meant)` instead") }
  }

  @Test(arguments: ["body == 1️⃣\"lanzhou", "body in ['a', 1️⃣'b]", "1️⃣'"])
  func reportsUnterminatedStrings(_ marked: String) throws {
    let condition = MarkedCondition(marked)
    let diagnostic = try #require(condition.compile().diagnostics.first)
    #expect(diagnostic.code.rawValue == "E072")
    #expect(diagnostic.range?.start.column == condition.column())
    #expect(diagnostic.range?.end.column == MarkedCondition.start.column + condition.text.count)
    #expect(diagnostic.notes.first?.kind == .help)
  }

  @Test(
    arguments: [
      ("days_overdue > 1️⃣30d", "30d"),
      ("gap > 1️⃣2.", "2."),
      ("gap > 1️⃣2.5.1", "2.5.1"),
      ("days_overdue > 1️⃣99999999999999999999", "99999999999999999999"),
    ])
  func reportsInvalidNumbers(marked: String, number: String) throws {
    let condition = MarkedCondition(marked)
    let diagnostic = try #require(condition.compile().diagnostics.first)
    #expect(diagnostic.code.rawValue == "E076")
    #expect(diagnostic.message.en == "`\(number)` is not a valid number")
    #expect(diagnostic.range?.start.column == condition.column())
  }
}
