import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec calendar`: writes the duties' deadlines as a calendar.
  struct Calendar: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the duties' deadlines as an iCalendar file, Markdown or JSON.",
      discussion: """
        One all-day event per deadline, one repeating event per recurring duty and body, \
        reminders before each deadline. UIDs are stable: re-importing a regenerated \
        calendar updates events instead of duplicating them. Writing over an earlier \
        calendar with -o (or naming it with --previous) bumps the SEQUENCE of the events \
        that changed.
        """)

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case ics
      case markdown
      case json
    }

    @OptionGroup var options: CommonOptions

    @Option(
      help: ArgumentHelp(
        "Only this body's duties; for a group, its members' duties.", valueName: "id"))
    var body: String?

    @Option(help: ArgumentHelp("Leave out days before this one (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Leave out days after this one (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(
      help: ArgumentHelp(
        "Reminders before each deadline, in days or weeks (7d,1d,2w), or none.",
        valueName: "spans"))
    var remind = "7d"

    @Flag(help: "Add the days on which escalation policies would fire if a duty stays open.")
    var escalations = false

    @Option(
      help: ArgumentHelp(
        "DTSTAMP of every event, UTC (2017-07-01T09:00:00Z); default: from the rules.",
        valueName: "datetime"))
    var stamp: String?

    @Option(
      help: ArgumentHelp(
        "An earlier calendar (default: the -o file if it exists), for SEQUENCE numbers.",
        valueName: "file"))
    var previous: String?

    @Option(help: "Output format: ics, markdown or json.")
    var format: Format = .ics

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp(
        "Write the calendar to this file (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
      let language = options.language
      let request = CalendarRequest(
        body: body, from: try day(from, option: "--from"), to: try day(to, option: "--to"),
        reminders: try reminders(), escalations: escalations, language: language)
      if let from = request.from, let to = request.to, to < from {
        throw fail(
          LocalizedText(
            en: "--from \(from) is after --to \(to)", zh: "--from \(from) 晚于 --to \(to)"),
          help: LocalizedText(en: "swap the two days", zh: "交换两个日期"))
      }
      let stampValue = try parsedStamp()
      let previousCalendar = try readPrevious()
      let graph = try CompiledRules.load(options)
      if let body, graph.body(body) == nil {
        throw unknownBody(body, in: graph)
      }
      let calendar = DutyCalendar(graph: graph, request: request)
      if let note = calendar.undatedNote {
        let label = LocalizedText(en: "note", zh: "注").text(in: language)
        Terminal.err("\(label): \(note.text(in: language))\n")
      }
      let text =
        switch format {
        case .ics: calendar.iCalendar(stamp: stampValue, previous: previousCalendar)
        case .markdown: calendar.markdown()
        case .json: calendar.json()
        }
      try Terminal.write(text, to: output)
    }

    private func day(_ text: String?, option: String) throws -> Day? {
      guard let text else { return nil }
      guard let day = Day(iso: text) else {
        try LedgerOptions.fail(.dateOption(option, text), language: options.language)
      }
      return day
    }

    private func reminders() throws -> [Reminder] {
      let trimmed = remind.trimmingCharacters(in: .whitespaces)
      if trimmed == "none" || trimmed.isEmpty { return [] }
      var result: [Reminder] = []
      for part in trimmed.split(separator: ",") {
        let text = part.trimmingCharacters(in: .whitespaces)
        guard case .success(let span) = TimeSpan.parse(text), let reminder = Reminder(span)
        else {
          throw fail(
            LocalizedText(
              en: "--remind: '\(text)' is not a number of days or weeks",
              zh: "--remind:'\(text)' 不是天数或周数"),
            help: LocalizedText(
              en: "write days or weeks separated by commas (7d,1d or 2w), or none;"
                + " months have no fixed length: write 30d",
              zh: "用逗号分隔天数或周数(7d,1d 或 2w),或写 none;月份长短不一,请写 30d"))
        }
        if !result.contains(reminder) { result.append(reminder) }
      }
      return result.sorted { $0.days > $1.days }
    }

    private func parsedStamp() throws -> CalendarStamp? {
      guard let stamp else { return nil }
      guard let value = CalendarStamp(parsing: stamp) else {
        throw fail(
          LocalizedText(
            en: "--stamp: '\(stamp)' is not a UTC date and time",
            zh: "--stamp:'\(stamp)' 不是 UTC 日期时间"),
          help: LocalizedText(
            en: "write 2017-07-01T09:00:00Z, 20170701T090000Z or 2017-07-01",
            zh: "写作 2017-07-01T09:00:00Z、20170701T090000Z 或 2017-07-01"))
      }
      return value
    }

    /// The earlier calendar: `--previous`, or the output file when it exists.
    private func readPrevious() throws -> PreviousCalendar {
      guard format == .ics else { return PreviousCalendar() }
      if let previous {
        guard case .bytes(let data) = InputFile.read(previous) else {
          throw fail(
            LocalizedText(
              en: "--previous: cannot read '\(previous)'", zh: "--previous:无法读取 '\(previous)'"),
            help: LocalizedText(
              en: "name a calendar rulec wrote before, or leave the option out",
              zh: "请指定 rulec 先前生成的日历,或省略此选项"))
        }
        return PreviousCalendar(iCalendar: String(decoding: data, as: UTF8.self))
      }
      // Only a regular file (or a link to one) is an earlier calendar.
      guard let output, case .file(let file) = try OutputFile.destination(of: output),
        case .bytes(let data) = InputFile.read(file)
      else { return PreviousCalendar() }
      return PreviousCalendar(iCalendar: String(decoding: data, as: UTF8.self))
    }

    private func unknownBody(_ body: String, in graph: ObligationGraph) -> ExitCode {
      let suggestion = DidYouMean(candidates: graph.bodies.map(\.id)).suggest(for: body)
      let help =
        suggestion.map { Diagnostic.didYouMean($0) }
        ?? LocalizedText(
          en: "use a body id declared under bodies: in the rules",
          zh: "请使用规则中 bodies: 下声明的单位编号")
      return fail(
        LocalizedText(en: "unknown body '\(body)'", zh: "未知单位 '\(body)'"), help: help)
    }

    /// Prints an input error with its help line and returns exit code 2.
    private func fail(_ message: LocalizedText, help: LocalizedText) -> ExitCode {
      let language = options.language
      let error = LocalizedText(en: "error", zh: "错误").text(in: language)
      let helpLabel = LocalizedText(en: "help", zh: "帮助").text(in: language)
      let text = PrintableText.escaping(message.text(in: language))
      Terminal.err(
        "\(error): \(text)\n  \(helpLabel): \(PrintableText.escaping(help.text(in: language)))\n")
      return ExitCode(2)
    }
  }
}
