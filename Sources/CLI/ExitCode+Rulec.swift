import ArgumentParser

extension ExitCode {
  /// Exit code 1: the run found what `--fail-on`, `--strict` or `--min` fails on.
  static let findings = ExitCode(1)

  /// Exit code 2: errors in the input (rules, snapshots, command-line values).
  static let inputError = ExitCode(2)
}
