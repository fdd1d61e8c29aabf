/// Parses a condition's tokens by precedence climbing.
///
/// The grammar, loosest first:
///
/// ```
/// condition  := or
/// or         := and ("or" and)*
/// and        := not ("and" not)*
/// not        := "not" not | comparison
/// comparison := sum [("==" | "!=" | "<" | "<=" | ">" | ">=") sum
///                   | ["not"] "in" "[" [element ("," element)* [","]] "]"]
/// sum        := primary (("+" | "-") primary)*
/// primary    := integer | decimal | string | "true" | "false" | identifier
///             | "-" (integer | decimal) | "(" or ")"
/// element    := integer | decimal | string | "true" | "false" | identifier
///             | "-" (integer | decimal)
/// ```
///
/// Parsing stops at the first error. Nesting is limited (E089) so that no input can
/// exhaust the stack of the parser or of the phases that walk the tree.
struct ExpressionParser {
  /// The deepest syntax tree, and the most open parentheses and `not`s, accepted.
  static let nestingLimit = 100

  private let source: ExpressionSource
  private let tokens: [ExpressionToken]
  private var position = 0
  /// How many parentheses and `not`s enclose the current token.
  private var nesting = 0

  /// Prepares to parse the tokens of `source`.
  init(_ source: ExpressionSource, tokens: [ExpressionToken]) {
    self.source = source
    self.tokens = tokens
  }

  /// Parses the text of `source` into a syntax tree.
  ///
  /// - Throws: the first lexical or syntax error (E070–E076, E088).
  static func parse(_ source: ExpressionSource) throws(ExpressionFailure) -> ExpressionSyntax {
    var lexer = ExpressionLexer(source)
    var parser = ExpressionParser(source, tokens: try lexer.tokenize())
    return try parser.parseCondition()
  }

  /// The whole condition, up to the end of the text.
  mutating func parseCondition() throws(ExpressionFailure) -> ExpressionSyntax {
    if current.kind == .end {
      throw ExpressionFailure(
        diagnostic: .error(
          .emptyCondition, LocalizedText("the condition is empty", "条件为空"),
          at: source.range(0..<source.scalars.count)))
    }
    let condition = try parseChain(.or)
    guard current.kind == .end else { throw unexpected(expecting: .continuation) }
    return condition
  }

  private var current: ExpressionToken { tokens[min(position, tokens.count - 1)] }

  private var following: ExpressionToken { tokens[min(position + 1, tokens.count - 1)] }

  private mutating func advance() -> ExpressionToken {
    let token = current
    position += 1
    return token
  }

  /// A level of left-associative operators, loosest first: `or` joins `and`
  /// chains, `and` joins `not`s, `+` and `-` join primaries.
  private enum ChainLevel {
    case or, and, sum

    /// The operator a token is at this level, if it is one.
    func binaryOperator(_ token: ExpressionToken.Kind) -> ExpressionSyntax.BinaryOperator? {
      switch (self, token) {
      case (.or, .or): .logical(.or)
      case (.and, .and): .logical(.and)
      case (.sum, .plus): .arithmetic(.plus)
      case (.sum, .minus): .arithmetic(.minus)
      default: nil
      }
    }
  }

  /// Operands joined by the operators of one level, grouped left to right.
  private mutating func parseChain(_ level: ChainLevel)
    throws(ExpressionFailure) -> ExpressionSyntax
  {
    var lhs = try parseOperand(of: level)
    while let binary = level.binaryOperator(current.kind) {
      _ = advance()
      let rhs = try parseOperand(of: level)
      lhs = try node(.binary(binary, lhs, rhs), lhs.range.span(rhs.range))
    }
    return lhs
  }

  /// An operand of a level's operators: the next tighter level.
  private mutating func parseOperand(of level: ChainLevel)
    throws(ExpressionFailure) -> ExpressionSyntax
  {
    switch level {
    case .or: try parseChain(.and)
    case .and: try parseNot()
    case .sum: try parsePrimary()
    }
  }

  private mutating func parseNot() throws(ExpressionFailure) -> ExpressionSyntax {
    guard current.kind == .not else { return try parseComparison() }
    let keyword = advance()
    try enter(keyword)
    defer { nesting -= 1 }
    let operand = try parseNot()
    return try node(.not(operand), keyword.range.span(operand.range))
  }

  private mutating func parseComparison() throws(ExpressionFailure) -> ExpressionSyntax {
    let lhs = try parseChain(.sum)
    let comparison: ExpressionSyntax
    switch current.kind {
    case .comparison(let comparisonOperator):
      _ = advance()
      let rhs = try parseChain(.sum)
      comparison = try node(
        .binary(.comparison(comparisonOperator), lhs, rhs), lhs.range.span(rhs.range))
    case .in:
      _ = advance()
      comparison = try parseMembership(of: lhs, negated: false)
    case .not where following.kind == .in:
      position += 2
      comparison = try parseMembership(of: lhs, negated: true)
    default:
      return lhs
    }
    switch current.kind {
    case .comparison, .in:
      throw ExpressionFailure(
        diagnostic: .chainedComparison(at: source.range(comparison.range.span(current.range))))
    case .not where following.kind == .in:
      throw ExpressionFailure(
        diagnostic: .chainedComparison(at: source.range(comparison.range.span(following.range))))
    default:
      return comparison
    }
  }

  private mutating func parseMembership(of value: ExpressionSyntax, negated: Bool)
    throws(ExpressionFailure) -> ExpressionSyntax
  {
    guard current.kind == .leftBracket else { throw unexpected(expecting: .list) }
    let opening = advance()
    var elements: [ExpressionSyntax] = []
    repeat {
      if current.kind == .end { throw unclosed(opening, close: "]") }
      elements.append(try parseElement())
      switch current.kind {
      case .comma: _ = advance()
      case .rightBracket: break
      case .end: throw unclosed(opening, close: "]")
      default: throw unexpected(expecting: .listSeparator)
      }
    } while current.kind != .rightBracket
    let closing = advance()
    return try node(
      .membership(value, elements, negated: negated), value.range.span(closing.range))
  }

  private mutating func parseElement() throws(ExpressionFailure) -> ExpressionSyntax {
    if let literal = try parseLiteral() { return literal }
    throw unexpected(expecting: .listElement)
  }

  private mutating func parsePrimary() throws(ExpressionFailure) -> ExpressionSyntax {
    if let literal = try parseLiteral() { return literal }
    switch current.kind {
    case .leftParenthesis:
      let opening = advance()
      try enter(opening)
      defer { nesting -= 1 }
      if current.kind == .end { throw unclosed(opening, close: ")") }
      var inner = try parseChain(.or)
      guard current.kind == .rightParenthesis else {
        if current.kind == .end { throw unclosed(opening, close: ")") }
        throw unexpected(expecting: .continuation)
      }
      inner.range = opening.range.span(advance().range)
      return inner
    case .leftBracket:
      throw ExpressionFailure(
        diagnostic: .error(
          .listOutsideIn, LocalizedText("a list can only follow `in`", "列表只能出现在 `in` 之后"),
          at: source.range(current.range)))
    default:
      throw unexpected(expecting: .operand)
    }
  }

  /// A literal or an identifier, or `nil` (consuming nothing) when the current token
  /// starts neither.
  private mutating func parseLiteral() throws(ExpressionFailure) -> ExpressionSyntax? {
    let token = current
    let kind: ExpressionSyntax.Kind
    switch token.kind {
    case .integer(let value): kind = .integer(value)
    case .decimal(let value): kind = .decimal(value)
    case .string(let text): kind = .string(text)
    case .true: kind = .boolean(true)
    case .false: kind = .boolean(false)
    case .identifier(let name): kind = .identifier(name)
    case .minus: return try parseNegativeNumber()
    default: return nil
    }
    _ = advance()
    return ExpressionSyntax(kind: kind, range: token.range)
  }

  private mutating func parseNegativeNumber() throws(ExpressionFailure) -> ExpressionSyntax {
    let minus = advance()
    let number = current
    let range = minus.range.span(number.range)
    switch number.kind {
    case .integer(let value):
      _ = advance()
      return ExpressionSyntax(kind: .integer(-value), range: range)
    case .decimal(let value):
      _ = advance()
      return ExpressionSyntax(kind: .decimal(-value), range: range)
    default:
      throw unexpected(expecting: .number)
    }
  }

  /// A node, unless it makes the tree too deep.
  private func node(_ kind: ExpressionSyntax.Kind, _ range: Range<Int>)
    throws(ExpressionFailure) -> ExpressionSyntax
  {
    let node = ExpressionSyntax(kind: kind, range: range)
    guard node.depth <= Self.nestingLimit else {
      throw ExpressionFailure(
        diagnostic: .nestingTooDeep(limit: Self.nestingLimit, at: source.range(range)))
    }
    return node
  }

  /// Counts one more enclosing `(` or `not`, unless there are too many.
  private mutating func enter(_ token: ExpressionToken) throws(ExpressionFailure) {
    nesting += 1
    guard nesting <= Self.nestingLimit else {
      throw ExpressionFailure(
        diagnostic: .nestingTooDeep(limit: Self.nestingLimit, at: source.range(token.range)))
    }
  }

  private func unexpected(expecting expected: ExpectedSyntax) -> ExpressionFailure {
    ExpressionFailure(
      diagnostic: .unexpectedToken(
        found: current.quoted(in: source), expected: expected, at: source.range(current.range)))
  }

  private func unclosed(_ opening: ExpressionToken, close: String) -> ExpressionFailure {
    let open = close == ")" ? "(" : "["
    return ExpressionFailure(
      diagnostic: Diagnostic(
        .error, code: .unclosedDelimiter, LocalizedText("missing `\(close)`", "缺少 `\(close)`"),
        at: source.range(current.range)
      ).note(
        LocalizedText("`\(open)` opened here", "`\(open)` 在此处开始"), at: source.range(opening.range)
      ).help(
        LocalizedText("add `\(close)` to close the `\(open)`", "添加 `\(close)` 与 `\(open)` 配对")))
  }
}

extension Range<Int> {
  /// The smallest range covering both.
  func span(_ other: Range<Int>) -> Range<Int> {
    Swift.min(lowerBound, other.lowerBound)..<Swift.max(upperBound, other.upperBound)
  }
}
