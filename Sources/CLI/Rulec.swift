import ArgumentParser
import Foundation
import RuleParser

/// The `rulec` command: compiles a plan's rules and checks status against them.
@main
struct Rulec: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rulec",
    abstract: "Compile a plan's YAML rules into an obligation graph and check status against it.",
    discussion: """
      Exit codes: 0 success; 1 findings at or above --fail-on (check), warnings under \
      --strict (lint) or coverage under --min (coverage); 2 errors in the input, including \
      bad command-line values.
      """,
    version: "0.1.0",
    subcommands: [
      Lint.self, Compile.self, Coverage.self, Check.self, Explain.self, Calendar.self, Ledger.self,
      Graph.self, Report.self, History.self, Diff.self, Test.self, Init.self,
    ]
  )

  /// Runs the command, reporting bad command-line values with exit code 2
  /// (input error) rather than the parser's 64, as documented.
  ///
  /// The limits a command asks for are in force once it is parsed
  /// (`LimitOptions.validate`). A command that ends with an exit code (1
  /// for findings, 2 after its diagnostics) exits with it directly: the
  /// parser's `exit(withError:)` would first build the root's usage text it
  /// then does not print (1.2 M of `rulec check`'s 161 M instructions on
  /// the bundled plan).
  static func main() {
    InputFile.reserveStandardDescriptors()
    do {
      let arguments = Array(CommandLine.arguments.dropFirst())
      try rejectUnknownCommand(arguments)
      var command = try parse(arguments)
      try command.run()
    } catch let code as ExitCode where code != .validationFailure {
      Foundation.exit(code.rawValue)
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      reportBadCommandLine(error)
    }
  }

  /// The super-command each subcommand names in its configuration.
  ///
  /// The parser asks a command parsed as the root, as `parse` parses a
  /// subcommand, whether the line requests a completion script, by parsing
  /// the line twice more through two commands of its own, reflected on
  /// their first use; it does not ask a command that names a super-command.
  /// Completion requests go to the root (`asksTheRoot`), which names none.
  /// The name shows nowhere: help and usage name the root's super-command,
  /// and a subcommand's help and errors come from the root.
  static let superCommandName = "rulec"

  /// The command a command line names.
  ///
  /// A command line naming a subcommand, as nearly every one does, is first
  /// given to that subcommand to parse alone. Parsed from the root, the
  /// parser would first build each of the subcommand's options twice over,
  /// only to learn whether it takes the rest of the line as it stands (5%
  /// of `rulec check`'s instructions on the bundled plan). A line the
  /// subcommand alone does not take (help, a version request, a bad value)
  /// is parsed from the root, which answers or reports it as ever. A value
  /// the subcommand's own check rejected has been reported already: that
  /// error stands.
  static func parse(_ arguments: [String]) throws -> any ParsableCommand {
    guard let name = arguments.first,
      let subcommand = configuration.subcommands.first(where: { $0._commandName == name }),
      !arguments.contains(where: asksTheRoot)
    else { return try parseAsRoot(arguments) }
    do {
      return try subcommand.parseAsRoot(Array(arguments.dropFirst()))
    } catch  where [.validationFailure, .success].contains(exitCode(for: error)) {
      return try parseAsRoot(arguments)
    }
  }

  /// Whether an argument is one the root answers itself, whatever follows
  /// it: help, the version, a completion script.
  private static func asksTheRoot(_ argument: String) -> Bool {
    ["help", "-h", "--help", "--version"].contains(argument)
      || argument.hasPrefix("--generate-completion-script")
      || argument.hasPrefix("--experimental-dump-help")
  }

  /// Reports what the argument parser rejects as E191 and exits 2: its
  /// message (a list of choices joined on one line), the usage as a note and
  /// where to read more as help.
  static func reportBadCommandLine(_ error: any Error) -> Never {
    let lines = fullMessage(for: error).split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    var message = lines.first.map { $0.hasPrefix("Error: ") ? String($0.dropFirst(7)) : $0 } ?? ""
    let choices = lines.filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }
    if !choices.isEmpty { message += " " + choices.joined(separator: ", ") }
    let usage = lines.first { $0.hasPrefix("Usage: ") }.map { String($0.dropFirst(7)) }
    let more = lines.first { $0.hasPrefix("See ") }
    var diagnostics = Diagnostics()
    diagnostics.report(.badCommandLine(message, usage: usage, more: more))
    Terminal.report(diagnostics, language: .ofProcess)
    Foundation.exit(ExitCode.inputError.rawValue)
  }

  /// Reports E190, with the nearest command as a suggestion, when the first
  /// word is no command (`rulec chek` → did you mean 'check'?).
  static func rejectUnknownCommand(_ arguments: [String]) throws {
    guard let word = arguments.first, !word.hasPrefix("-") else { return }
    let names = configuration.subcommands.map { $0._commandName } + ["help"]
    guard !names.contains(word) else { return }
    let suggestion = DidYouMean(candidates: names).suggest(for: word)
    try Terminal.fail(
      .unknownName(
        .unknownCommand, word, LocalizedText("command", "命令"), suggestion: suggestion,
        otherwise: LocalizedText(
          "run 'rulec --help' for the list of commands", "运行 'rulec --help' 查看命令列表"),
        at: nil),
      language: Language.ofProcess)
  }
}
