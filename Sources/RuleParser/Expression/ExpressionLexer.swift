/// Splits a condition's text into tokens.
///
/// Identifiers are ASCII letters, digits and `_`, not starting with a digit; numbers
/// are digits with an optional decimal part (`2.5`); strings are quoted with `"` or
/// `'` and have no escapes. Spaces, tabs and line breaks separate tokens.
struct ExpressionLexer {
  private let source: ExpressionSource
  private var scalars: [Unicode.Scalar] { source.scalars }
  private var position = 0

  /// Prepares to read the condition of `source`.
  init(_ source: ExpressionSource) {
    self.source = source
  }

  /// All tokens of the text, ending with `.end`.
  ///
  /// - Throws: the first lexical error (E071, E072 or E076).
  mutating func tokenize() throws(ExpressionFailure) -> [ExpressionToken] {
    var tokens: [ExpressionToken] = []
    while true {
      skipWhitespace()
      guard position < scalars.count else {
        tokens.append(ExpressionToken(kind: .end, range: position..<position))
        return tokens
      }
      tokens.append(try nextToken())
    }
  }

  private mutating func skipWhitespace() {
    while position < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[position]) {
      position += 1
    }
  }

  private mutating func nextToken() throws(ExpressionFailure) -> ExpressionToken {
    let start = position
    let scalar = scalars[position]
    if Self.isIdentifierStart(scalar) { return identifier() }
    if Self.isDigit(scalar) { return try number() }
    if scalar == "\"" || scalar == "'" { return try string(quote: scalar) }
    position += 1
    let kind: ExpressionToken.Kind
    switch scalar {
    case "(": kind = .leftParenthesis
    case ")": kind = .rightParenthesis
    case "[": kind = .leftBracket
    case "]": kind = .rightBracket
    case ",": kind = .comma
    case "+": kind = .plus
    case "-": kind = .minus
    case "=", "!", "<", ">":
      // `==`, `!=`, `<=`, `>=` before `<` and `>`; `=` or `!` alone is no operator.
      let spelling = String(scalar) + (next == "=" ? "=" : "")
      guard let comparison = ComparisonOperator(rawValue: spelling) else {
        throw unexpectedCharacter(at: start)
      }
      position += spelling.unicodeScalars.count - 1
      kind = .comparison(comparison)
    default:
      throw unexpectedCharacter(at: start)
    }
    return ExpressionToken(kind: kind, range: start..<position)
  }

  /// The scalar after the current one, if any.
  private var next: Unicode.Scalar? {
    position < scalars.count ? scalars[position] : nil
  }

  private mutating func identifier() -> ExpressionToken {
    let start = position
    while position < scalars.count, Self.isIdentifierPart(scalars[position]) { position += 1 }
    let name = String(String.UnicodeScalarView(scalars[start..<position]))
    let kind: ExpressionToken.Kind =
      switch name {
      case "and": .and
      case "or": .or
      case "not": .not
      case "in": .in
      case "true": .true
      case "false": .false
      default: .identifier(name)
      }
    return ExpressionToken(kind: kind, range: start..<position)
  }

  /// Digits with an optional `.digits`; a letter run glued to the number (`30d`) is
  /// read along with it, to be reported whole.
  private mutating func number() throws(ExpressionFailure) -> ExpressionToken {
    let start = position
    var isDecimal = false
    var isMalformed = false
    while position < scalars.count {
      let scalar = scalars[position]
      if Self.isDigit(scalar) {
        position += 1
      } else if scalar == ".", !isDecimal {
        isDecimal = true
        position += 1
        if !(next.map(Self.isDigit) ?? false) { isMalformed = true }
      } else if Self.isIdentifierPart(scalar) || scalar == "." {
        isMalformed = true
        position += 1
      } else {
        break
      }
    }
    let range = start..<position
    let text = String(String.UnicodeScalarView(scalars[range]))
    if !isMalformed, isDecimal, let value = Double(text) {
      return ExpressionToken(kind: .decimal(value), range: range)
    }
    if !isMalformed, !isDecimal, let value = Int(text) {
      return ExpressionToken(kind: .integer(value), range: range)
    }
    throw ExpressionFailure(
      diagnostic: .error(
        .invalidNumber, LocalizedText("`\(text)` is not a valid number", "`\(text)` 不是有效的数字"),
        at: source.range(range)))
  }

  private mutating func string(quote: Unicode.Scalar) throws(ExpressionFailure)
    -> ExpressionToken
  {
    let start = position
    position += 1
    while position < scalars.count, scalars[position] != quote { position += 1 }
    guard position < scalars.count else {
      throw ExpressionFailure(
        diagnostic: .unterminatedString(
          quote: String(quote), at: source.range(start..<scalars.count)))
    }
    position += 1
    let text = String(String.UnicodeScalarView(scalars[(start + 1)..<(position - 1)]))
    return ExpressionToken(kind: .string(text), range: start..<position)
  }

  /// E071 for the character at `start`, with what was probably meant: `&&` → `and`,
  /// a lone `=` → `==`, full-width punctuation → its ASCII form.
  private func unexpectedCharacter(at start: Int) -> ExpressionFailure {
    let scalar = scalars[start]
    let doubled = start + 1 < scalars.count && scalars[start + 1] == scalar
    let end = doubled && (scalar == "&" || scalar == "|") ? start + 2 : start + 1
    let replacement: String? =
      switch scalar {
      case "&": "and"
      case "|": "or"
      case "!": "not"
      case "=", "＝": "=="
      case "（": "("
      case "）": ")"
      case "，", "、": ","
      case "【", "［": "["
      case "】", "］": "]"
      case "“", "”": "\""
      case "‘", "’": "'"
      default: nil
      }
    let text = String(String.UnicodeScalarView(scalars[start..<end]))
    return ExpressionFailure(
      diagnostic: .unexpectedCharacter(
        text, replacement: replacement, at: source.range(start..<end)))
  }

  private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || scalar == "_")
  }

  private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || isDigit(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }
}
