import Foundation
import Testing

/// Golden files: output compared byte for byte with a recorded file, which
/// `RULEC_RECORD=1 swift test` re-records.
package enum Golden {
  /// Expects `actual` to equal the file at `url`.
  ///
  /// A missing file reads as empty; on a difference the failure shows a line
  /// diff. Under `RULEC_RECORD` writes `actual` to the file instead.
  package static func expect(
    _ actual: String, matches url: URL, name: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    if Fixtures.recording {
      try Data(actual.utf8).write(to: url)
      return
    }
    let golden = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    guard actual != golden else { return }
    let label = name ?? url.lastPathComponent
    let diff = LineDiff(expected: golden, actual: actual)
    Issue.record(
      "\(label) differs from the golden file (RULEC_RECORD=1 re-records it):\n\(diff)",
      sourceLocation: sourceLocation)
  }
}
