import Foundation
import TestSupport
import Testing

/// Compares the built `rulec`'s output on every golden case with the recording.
///
/// Each folder under `Tests/Fixtures/CLI/` is a case; standard output, standard
/// error and the exit code must match the recorded files byte for byte.
/// `RULEC_RECORD=1 swift test` re-records them.
///
/// A case folder holds `cmd` (the arguments, one line, split on spaces;
/// `<` FILE feeds standard input), its input files, and the expected
/// `stdout`, `stderr` and `exit`.
@Suite struct GoldenCaseTests {
  static let casesRoot = Fixtures.folder("CLI")

  static let caseNames: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: casesRoot.path)) ?? []
    return names.filter {
      FileManager.default.fileExists(atPath: casesRoot.appendingPathComponent("\($0)/cmd").path)
    }.sorted()
  }()

  @Test func thereAreCases() {
    #expect(Self.caseNames.count >= 40)
  }

  @Test(arguments: caseNames)
  func goldenCase(_ name: String) throws {
    let folder = Self.casesRoot.appendingPathComponent(name)
    let command = try String(contentsOf: folder.appendingPathComponent("cmd"), encoding: .utf8)
    let run = try RulecProcess.run(command, in: folder)
    let outputs = [("stdout", run.stdout), ("stderr", run.stderr), ("exit", "\(run.status)\n")]
    for (file, actual) in outputs {
      try Golden.expect(
        actual, matches: folder.appendingPathComponent(file), name: "\(name)/\(file)")
    }
  }
}
