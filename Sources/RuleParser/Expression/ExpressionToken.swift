/// A token of a condition's text, with the range of Unicode scalars it covers.
struct ExpressionToken: Sendable, Equatable {
  /// What was read.
  enum Kind: Sendable, Equatable {
    case identifier(String)
    case integer(Int)
    case decimal(Double)
    case string(String)
    case and, or, not, `in`, `true`, `false`
    case leftParenthesis, rightParenthesis, leftBracket, rightBracket, comma
    case plus, minus
    case comparison(ComparisonOperator)
    case end
  }

  /// What was read.
  var kind: Kind
  /// Where it was read: offsets in Unicode scalars from the start of the text.
  var range: Range<Int>

  /// How messages name the token: its text in backquotes, or "the end of the condition".
  var quoted: LocalizedText {
    switch kind {
    case .identifier(let name): .verbatim("`\(name)`")
    case .integer(let value): .verbatim("`\(value)`")
    case .decimal(let value): .verbatim("`\(value)`")
    case .string(let text): .verbatim("the string \"\(text)\"", zh: "字符串 \"\(text)\"")
    case .and: .verbatim("`and`")
    case .or: .verbatim("`or`")
    case .not: .verbatim("`not`")
    case .in: .verbatim("`in`")
    case .true: .verbatim("`true`")
    case .false: .verbatim("`false`")
    case .leftParenthesis: .verbatim("`(`")
    case .rightParenthesis: .verbatim("`)`")
    case .leftBracket: .verbatim("`[`")
    case .rightBracket: .verbatim("`]`")
    case .comma: .verbatim("`,`")
    case .plus: .verbatim("`+`")
    case .minus: .verbatim("`-`")
    case .comparison(let comparison): .verbatim("`\(comparison.rawValue)`")
    case .end: LocalizedText(en: "the end of the condition", zh: "条件结尾")
    }
  }
}

extension LocalizedText {
  /// A text that reads the same in both languages, or with its own Chinese form.
  static func verbatim(_ text: String, zh: String? = nil) -> LocalizedText {
    LocalizedText(en: text, zh: zh ?? text)
  }
}
