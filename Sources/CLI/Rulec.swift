import ArgumentParser

/// The `rulec` command: compiles a plan's rules and checks status against them.
@main
struct Rulec: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rulec",
    abstract: "Compile a plan's YAML rules into an obligation graph and check status against it.",
    version: "0.1.0"
  )
}
