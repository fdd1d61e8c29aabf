import Foundation
import RuleEngine
import RuleParser
import Testing

/// The ledger fixture plan (Tests/Fixtures/Ledger/plan), shared by the
/// ledger test files.
package enum LedgerFixture {
  package static let folder = Fixtures.folder("Ledger")

  /// The compiled fixture plan: 8 instances, a group, a recurring duty, a
  /// class-only duty, a dependency, titles that look like formulas.
  package static let graph: ObligationGraph? = {
    Compiler().compile(rulesAt: folder.appendingPathComponent("plan/rules").path).graph
  }()

  /// Writes text to a fresh temporary file.
  package static func temporaryFile(_ text: String, suffix: String = ".csv") throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-ledger-\(UUID().uuidString)\(suffix)")
    try Data(text.utf8).write(to: url)
    return url
  }
}
