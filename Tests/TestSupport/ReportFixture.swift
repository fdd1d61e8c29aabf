import Foundation
import RuleParser
import Testing

@testable import RuleEngine

/// A check result with every kind of finding, for the report tests.
package enum ReportFixture {
  package static func result() throws -> CheckResult {
    let url = CheckFixture.folder.appendingPathComponent("snapshots/2017-10-15.json")
    return try CheckFixture.check(String(contentsOf: url, encoding: .utf8))
  }
}
