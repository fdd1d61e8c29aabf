/// The diagnostics of policy conditions (`when:`), codes E070–E089, in code order.
extension Diagnostic {
  /// E071: a character no token starts with; `replacement` is what was probably meant.
  static func unexpectedCharacter(
    _ character: String, replacement: String?, at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: .unexpectedCharacter,
      LocalizedText(
        "unexpected character `\(character)` in the condition", "条件中出现意外的字符 `\(character)`"),
      at: range)
    if let replacement {
      return diagnostic.help(
        LocalizedText("write `\(replacement)` instead", "请改写为 `\(replacement)`"))
    }
    return diagnostic.help(
      LocalizedText(
        "facts and values are letters, digits and `_`; strings are quoted; the operators "
          + "are `and or not in == != < <= > >= + -`",
        "事实和值由字母、数字和 `_` 组成；字符串要加引号；运算符为 "
          + "`and or not in == != < <= > >= + -`"))
  }

  /// E072: a string without its closing quote.
  static func unterminatedString(quote: String, at range: SourceRange) -> Diagnostic {
    error(
      .unterminatedString, LocalizedText("unterminated string", "字符串缺少结尾引号"), at: range,
      help: LocalizedText("close the string with a matching \(quote)", "用配对的 \(quote) 结束字符串"))
  }

  /// E073: a token where the grammar wants something else.
  static func unexpectedToken(found: LocalizedText, expected: ExpectedSyntax, at range: SourceRange)
    -> Diagnostic
  {
    error(
      .unexpectedToken,
      LocalizedText(
        "expected \(expected.text.en), found \(found.en)", "此处应为\(expected.text.zh)，实际为\(found.zh)"),
      at: range, help: expected.help)
  }

  /// E077: an identifier that is no fact.
  ///
  /// The help names the closest fact (`suggestion`), or says how to use the name when
  /// it is a value of an `enumeration` or a body id (`isBody`), which must be quoted.
  static func unknownFact(
    _ name: String, suggestion: String?, valueOf enumeration: FactEnum?, isBody: Bool,
    at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: .unknownFact,
      LocalizedText("unknown fact `\(name)`", "未知的事实 `\(name)`"), at: range)
    if isBody {
      return diagnostic.help(
        LocalizedText(
          "body ids are strings: write `body == \"\(name)\"`", "单位编号是字符串：请写 `body == \"\(name)\"`"))
    }
    if let enumeration {
      return diagnostic.help(
        LocalizedText(
          "`\(name)` is a value of `\(enumeration.rawValue)`: compare a fact with it, "
            + "e.g. `\(enumeration.rawValue) == \(name)`",
          "`\(name)` 是 `\(enumeration.rawValue)` 的取值：请与事实比较，"
            + "如 `\(enumeration.rawValue) == \(name)`"))
    }
    if let suggestion {
      return diagnostic.help(didYouMean(suggestion, quote: "`"))
    }
    return diagnostic.help(
      LocalizedText("the facts are listed in docs/facts.md", "所有事实见 docs/facts.md"))
  }

  /// E078: a name or string that is not a value of the enumeration it is compared with.
  static func unknownEnumValue(
    _ name: String, of enumeration: FactEnum, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let values = enumeration.values.joined(separator: ", ")
    let diagnostic = Diagnostic(
      .error, code: .unknownEnumValue,
      LocalizedText(
        "`\(name)` is not a value of `\(enumeration.rawValue)`",
        "`\(name)` 不是 `\(enumeration.rawValue)` 的取值"), at: range)
    let list = LocalizedText(
      "the values of `\(enumeration.rawValue)` are: \(values)",
      "`\(enumeration.rawValue)` 的取值为：\(values)")
    guard let suggestion else { return diagnostic.help(list) }
    return diagnostic.help(
      didYouMean(suggestion, quote: "`") + LocalizedText(" \(list.en)", list.zh))
  }

  /// E079: two operands of a comparison whose types cannot be compared.
  static func incomparableTypes(
    _ lhs: String, _ lhsType: ExpressionType, _ rhs: String, _ rhsType: ExpressionType,
    at range: SourceRange
  ) -> Diagnostic {
    error(
      .incomparableTypes,
      LocalizedText(
        "cannot compare `\(lhs)` (\(lhsType)) with `\(rhs)` (\(rhsType))",
        "无法比较 `\(lhs)`（\(lhsType)）与 `\(rhs)`（\(rhsType)）"), at: range,
      help: LocalizedText(
        "compare `\(lhs)` with a value of type \(lhsType), such as `\(lhsType.example)`",
        "请将 `\(lhs)` 与 \(lhsType) 类型的值比较，如 `\(lhsType.example)`"))
  }

  /// E080: an operand of `and`, `or` or `not` that is not true/false.
  static func notACondition(
    _ operand: String, _ type: ExpressionType, operator name: String, at range: SourceRange
  ) -> Diagnostic {
    error(
      .notACondition,
      LocalizedText(
        "`\(name)` needs true/false operands, but `\(operand)` is \(type.article)",
        "`\(name)` 的操作数须为真/假，但 `\(operand)` 是 \(type)"), at: range,
      help: comparisonHelp(operand, type))
  }

  /// E081: an operand of `+` or `-` that is not a whole number.
  static func nonIntegerArithmetic(
    _ operand: String, _ type: ExpressionType, operator name: String, at range: SourceRange
  ) -> Diagnostic {
    error(
      .nonIntegerArithmetic,
      LocalizedText(
        "`\(name)` works on whole numbers (int), but `\(operand)` is \(type.article)",
        "`\(name)` 只能用于整数（int），但 `\(operand)` 是 \(type)"), at: range)
  }

  /// E082: a condition that is not true/false as a whole.
  static func conditionNotBool(_ text: String, _ type: ExpressionType, at range: SourceRange)
    -> Diagnostic
  {
    error(
      .conditionNotBool,
      LocalizedText(
        "a condition must be true or false, but `\(text)` is \(type.article)",
        "条件的结果须为真或假，但 `\(text)` 是 \(type)"), at: range, help: comparisonHelp(text, type))
  }

  /// E084: a list element whose type differs from the tested value's.
  static func listElementMismatch(
    _ element: String, _ elementType: ExpressionType, tested: String, _ testedType: ExpressionType,
    at range: SourceRange
  ) -> Diagnostic {
    error(
      .listElementMismatch,
      LocalizedText(
        "`\(element)` is \(elementType.article), but `\(tested)` is \(testedType.article)",
        "`\(element)` 是 \(elementType)，但 `\(tested)` 是 \(testedType)"), at: range,
      help: LocalizedText(
        "list values of type \(testedType), such as `\(testedType.example)`",
        "列表中应为 \(testedType) 类型的值，如 `\(testedType.example)`"))
  }

  /// E086: a fact that cannot apply to what the rest of the condition, or the policy,
  /// is about.
  ///
  /// `other` is the fact, and where it is, that fixed the target first; `nil` when the
  /// policy itself fixed it.
  static func factTargetConflict(
    _ fact: Fact, expected target: FactTarget, becauseOf other: (Fact, SourceRange)?,
    at range: SourceRange
  ) -> Diagnostic {
    let diagnostic = Diagnostic(
      .error, code: .factTargetConflict,
      LocalizedText(
        "fact `\(fact)` applies to \(fact.target.english) only, but this condition "
          + "is about \(target.english)",
        "事实 `\(fact)` 只适用于\(fact.target.chinese)，但此条件针对\(target.chinese)"),
      at: range)
    guard let (otherFact, otherRange) = other else { return diagnostic.helped(nil) }
    return diagnostic.note(
      LocalizedText(
        "`\(otherFact)` makes it about \(target.english)", "`\(otherFact)` 使其针对\(target.chinese)"),
      at: otherRange
    ).helped(nil)
  }

  /// E088: a comparison of a comparison, such as `a < b < c`.
  static func chainedComparison(at range: SourceRange) -> Diagnostic {
    error(
      .chainedComparison, LocalizedText("comparisons cannot be chained", "比较不能连写"), at: range)
  }

  /// E089: a condition nested deeper than `limit` levels (parentheses, `not`, or a
  /// chain of operators), which no policy needs and which would exhaust the stack.
  static func nestingTooDeep(limit: Int, at range: SourceRange) -> Diagnostic {
    error(
      .conditionTooDeep,
      LocalizedText("the condition nests more than \(limit) levels deep", "条件的嵌套超过 \(limit) 层"),
      at: range)
  }

  private static func comparisonHelp(_ operand: String, _ type: ExpressionType) -> LocalizedText {
    LocalizedText(
      "compare it to get true or false, e.g. `\(operand) == \(type.example)`",
      "请通过比较得到真或假，如 `\(operand) == \(type.example)`")
  }
}
