import Foundation

/// Where the tests find the package and their fixture files.
package enum Fixtures {
  /// The package root (the folder holding `Package.swift`).
  package static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures`.
  package static let root = packageRoot.appendingPathComponent("Tests/Fixtures")

  /// A folder (or file) under `Tests/Fixtures`: `folder("Calendar")`.
  package static func folder(_ path: String) -> URL {
    root.appendingPathComponent(path)
  }

  /// Whether the tests re-record golden files (`RULEC_RECORD` is set).
  package static var recording: Bool {
    ProcessInfo.processInfo.environment["RULEC_RECORD"] != nil
  }

  /// Calls `body` with the path of a temporary file holding `text`, then
  /// removes the file.
  package static func withTemporaryFile<T>(
    _ text: String, extension suffix: String = "", _ body: (String) throws -> T
  ) throws -> T {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-\(UUID().uuidString)\(suffix)")
    try Data(text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try body(file.path)
  }
}
