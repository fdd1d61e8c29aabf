import RuleParser

/// The catalogue of command-line errors that are not about one option's
/// value against the plan: unknown commands, what the argument parser
/// rejects, and the calendar's options.
extension Diagnostic {
  /// E190: the first word of the command line names no command of rulec.
  static func unknownCommand(_ word: String, suggestion: String?) -> Diagnostic {
    unknownName(
      .unknownCommand, word, LocalizedText("command", "命令"), suggestion: suggestion,
      otherwise: LocalizedText(
        "run 'rulec --help' for the list of commands", "运行 'rulec --help' 查看命令列表"),
      at: nil)
  }

  /// E191: what the argument parser rejects, in its words, with the usage
  /// as a note and where to read more as help.
  static func badCommandLine(_ message: String, usage: String?, more: String?) -> Diagnostic {
    var diagnostic = Diagnostic(
      .error, code: .badCommandLine, LocalizedText(message, message), at: nil)
    if let usage { diagnostic = diagnostic.note(LocalizedText("usage: \(usage)", "用法：\(usage)")) }
    if let more { diagnostic = diagnostic.help(LocalizedText(more, more)) }
    return diagnostic
  }

  /// E192: `--from` after `--to`.
  static func reversedDayRange(from: Day, to: Day) -> Diagnostic {
    error(
      .reversedDayRange,
      LocalizedText("--from \(from) is after --to \(to)", "--from \(from) 晚于 --to \(to)"),
      at: nil, help: LocalizedText("swap the two days", "交换两个日期"))
  }

  /// E193: a `--remind` part that is no number of days or weeks.
  static func badReminder(_ text: String) -> Diagnostic {
    error(
      .badReminder,
      LocalizedText(
        "--remind: '\(text)' is not a number of days or weeks", "--remind：'\(text)' 不是天数或周数"),
      at: nil,
      help: LocalizedText(
        "write days or weeks separated by commas (7d,1d or 2w), or none;"
          + " months have no fixed length: write 30d",
        "用逗号分隔天数或周数（7d,1d 或 2w），或写 none；月份长短不一，请写 30d"))
  }

  /// E194: a `--stamp` that is no UTC date and time.
  static func badStamp(_ text: String) -> Diagnostic {
    error(
      .badStamp,
      LocalizedText(
        "--stamp: '\(text)' is not a UTC date and time", "--stamp：'\(text)' 不是 UTC 日期时间"),
      at: nil,
      help: LocalizedText(
        "write 2017-07-01T09:00:00Z, 20170701T090000Z or 2017-07-01",
        "写作 2017-07-01T09:00:00Z、20170701T090000Z 或 2017-07-01"))
  }

  /// E195: a command that needs what the plan or the other options lack.
  static func commandPrecondition(_ message: LocalizedText, help: LocalizedText) -> Diagnostic {
    error(.commandPrecondition, message, at: nil, help: help)
  }
}
