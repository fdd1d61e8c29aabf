import Testing

@testable import CLI

/// A command line naming a subcommand is parsed by that subcommand alone
/// (`Rulec.parse`), to the same values as from the root; help and bad
/// values still go through the root.
@Suite struct CommandLineParsingTests {
  @Test func aSubcommandLineParsesToTheSubcommandWithItsValues() throws {
    let command = try Rulec.parse(["check", "a.json", "b", "--format", "json", "--rules", "r"])
    let check = try #require(command as? Rulec.Check)
    #expect(check.snapshots == ["a.json", "b"])
    #expect(check.format == .json)
    #expect(check.options.rules == "r")
  }

  @Test func aLineTheSubcommandAloneRejectsIsParsedFromTheRoot() throws {
    // The root's error names the whole command in its usage.
    #expect {
      _ = try Rulec.parse(["check", "--format", "nope", "a.json"])
    } throws: { error in
      Rulec.fullMessage(for: error).contains("Usage: rulec check")
    }
    // Help is the root's to give, for the subcommand.
    let help = try Rulec.parse(["check", "--help"])
    #expect(!(help is Rulec.Check))
  }
}
