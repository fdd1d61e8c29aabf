/// What the parser expected where it found something else.
enum ExpectedSyntax: Sendable {
  /// A fact, a value or `(`.
  case operand
  /// `and`, `or` or the end of the condition.
  case continuation
  /// A value in a list.
  case listElement
  /// `,` or `]` in a list.
  case listSeparator
  /// The `[` of the list after `in`.
  case list
  /// A number after a minus sign.
  case number

  var text: LocalizedText {
    switch self {
    case .operand: LocalizedText("a fact or a value", "事实或值")
    case .continuation:
      LocalizedText("`and`, `or` or the end of the condition", "`and`、`or` 或条件结尾")
    case .listElement: LocalizedText("a value", "值")
    case .listSeparator: LocalizedText("`,` or `]`", "`,` 或 `]`")
    case .list: LocalizedText("a list such as `[done, closed]`", "列表，如 `[done, closed]`")
    case .number: LocalizedText("a number", "数字")
    }
  }

  var help: LocalizedText {
    switch self {
    case .operand:
      LocalizedText(
        "write a fact such as `overdue`, a value such as `30` or `\"lanzhou\"`, "
          + "or a parenthesised condition",
        "写一个事实（如 `overdue`）、一个值（如 `30` 或 `\"lanzhou\"`）或带括号的条件")
    case .continuation:
      LocalizedText(
        "join conditions with `and` or `or`, e.g. `overdue and days_overdue > 30`",
        "用 `and` 或 `or` 连接条件，如 `overdue and days_overdue > 30`")
    case .listElement:
      LocalizedText(
        "a list holds one or more values: numbers, strings, `true`/`false` or enum "
          + "values", "列表包含一个或多个值：数字、字符串、`true`/`false` 或枚举值")
    case .listSeparator:
      LocalizedText("separate list values with `,`", "列表中的值用 `,` 分隔")
    case .list:
      LocalizedText(
        "`in` takes a list of values: `status in [done, closed]`",
        "`in` 后接值的列表：`status in [done, closed]`")
    case .number:
      LocalizedText("a minus sign only makes a negative number, such as `-5`", "负号只用于负数，如 `-5`")
    }
  }
}
