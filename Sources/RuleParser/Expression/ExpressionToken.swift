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

  /// How messages name the token: its text in backquotes (a keyword, operator or
  /// punctuation as `source` writes it), or "the end of the condition".
  func quoted(in source: ExpressionSource) -> LocalizedText {
    switch kind {
    case .integer(let value): .verbatim("`\(value)`")
    case .decimal(let value): .verbatim("`\(value)`")
    case .string(let text): .verbatim("the string \"\(text)\"", zh: "字符串 \"\(text)\"")
    case .end: LocalizedText(en: "the end of the condition", zh: "条件结尾")
    default: .verbatim("`\(source.text(range))`")
    }
  }
}

extension LocalizedText {
  /// A text that reads the same in both languages, or with its own Chinese form.
  static func verbatim(_ text: String, zh: String? = nil) -> LocalizedText {
    LocalizedText(en: text, zh: zh ?? text)
  }
}
