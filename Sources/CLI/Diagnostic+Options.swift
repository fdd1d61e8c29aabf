import RuleParser

/// The catalogue of command-line option errors: options and arguments that
/// name no date, no body, no obligation or no id of the plan.
extension Diagnostic {
  /// E121: a date option (`--as-of`, `--from`, `--to`) that is not a date.
  static func dateOption(_ option: String, _ text: String) -> Diagnostic {
    error(
      .dateOption, LocalizedText("\(option) '\(text)' is not a date", "\(option) '\(text)' 不是日期"),
      at: nil,
      help: LocalizedText(
        "write an existing date as YYYY-MM-DD, e.g. \(option) 2017-10-15",
        "请按 YYYY-MM-DD 写出存在的日期，例如 \(option) 2017-10-15"))
  }

  /// E293: `coverage --min` is not a percentage.
  static func minimumNotPercentage(_ text: String) -> Diagnostic {
    error(
      .minimumNotPercentage,
      LocalizedText(
        en: "--min: '\(text)' is not a percentage from 0 to 100",
        zh: "--min：“\(text)”不是 0 到 100 之间的百分比"), at: nil)
  }

  /// A copy whose message starts with the option it is about.
  func prefixed(_ option: String) -> Diagnostic {
    var copy = self
    copy.message = LocalizedText(option, option.replacingOccurrences(of: ": ", with: "：")) + message
    return copy
  }
}
