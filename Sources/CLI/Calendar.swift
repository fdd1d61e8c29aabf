import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec calendar`: writes the duties' deadlines as a calendar.
  struct Calendar: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "calendar",
      _superCommandName: Rulec.superCommandName,
      abstract: "Write the duties' deadlines as an iCalendar file, Markdown or JSON.",
      discussion: """
        One all-day event per deadline, one repeating event per recurring duty and body, \
        reminders before each deadline. UIDs are stable: re-importing a regenerated \
        calendar updates events instead of duplicating them. Writing over an earlier \
        calendar with -o (or naming it with --previous) bumps the SEQUENCE of the events \
        that changed.
        """)

    /// The output formats.
    enum Format: String, NamedChoice {
      case ics
      case markdown
      case json
    }

    @OptionGroup var options: CommonOptions

    @Option(
      help: ArgumentHelp(
        "Only this body's duties; for a group, its members' duties.", valueName: "id"),
      completion: IDCompletion.body)
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

    @OptionGroup var output: OutputFile

    func run() throws {
      let language = options.language
      let request = CalendarRequest(
        body: body, from: try day(from, option: "--from"), to: try day(to, option: "--to"),
        reminders: try reminders(), escalations: escalations, language: language)
      if let from = request.from, let to = request.to, to < from {
        try Terminal.fail(
          .error(
            .reversedDayRange,
            LocalizedText("--from \(from) is after --to \(to)", "--from \(from) 晚于 --to \(to)"),
            at: nil), language: language)
      }
      let stampValue = try parsedStamp()
      let previousCalendar = try readPrevious()
      let graph = try CompiledRules.load(options)
      _ = try OptionValue.body(body, in: graph, language: language)
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
      try output.write(text)
    }

    private func day(_ text: String?, option: String) throws -> Day? {
      guard let text else { return nil }
      guard let day = Day(iso: text) else {
        try Terminal.fail(.dateOption(option, text), language: options.language)
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
          try Terminal.fail(
            .error(
              .badReminder,
              LocalizedText(
                "--remind: '\(text)' is not a number of days or weeks", "--remind：'\(text)' 不是天数或周数"
              ),
              at: nil), language: options.language)
        }
        if !result.contains(reminder) { result.append(reminder) }
      }
      return result.sorted { $0.days > $1.days }
    }

    private func parsedStamp() throws -> CalendarStamp? {
      guard let stamp else { return nil }
      guard let value = CalendarStamp(parsing: stamp) else {
        try Terminal.fail(
          .error(
            .badStamp,
            LocalizedText(
              "--stamp: '\(stamp)' is not a UTC date and time", "--stamp：'\(stamp)' 不是 UTC 日期时间"),
            at: nil), language: options.language)
      }
      return value
    }

    /// The earlier calendar: `--previous`, or the output file when it exists.
    private func readPrevious() throws -> PreviousCalendar {
      guard format == .ics else { return PreviousCalendar() }
      if let previous {
        guard case .bytes(let data) = InputFile.read(previous) else {
          try Terminal.fail(
            .unreadableFile(previous, reason: LocalizedText("no such file", "没有该文件")),
            language: options.language)
        }
        return PreviousCalendar(iCalendar: String(decoding: data, as: UTF8.self))
      }
      // Only a regular file (or a link to one) is an earlier calendar.
      guard let path = output.output, case .file(let file) = try OutputTarget.destination(of: path),
        case .bytes(let data) = InputFile.read(file)
      else { return PreviousCalendar() }
      return PreviousCalendar(iCalendar: String(decoding: data, as: UTF8.self))
    }
  }
}
