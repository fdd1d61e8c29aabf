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

  /// Every JSON file of the fixtures and the examples (the snapshots among
  /// them), in path order.
  package static let jsonFiles: [URL] = {
    var found: [URL] = []
    for folder in [root, packageRoot.appendingPathComponent("examples")] {
      let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
      while let url = walker?.nextObject() as? URL {
        if url.pathExtension == "json" { found.append(url) }
      }
    }
    return found.sorted { $0.path < $1.path }
  }()

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
