import Foundation
import TestSupport

/// A temporary git repository for tests, driven by the `git` command.
struct GitFixture {
  /// The repository's folder.
  let root: URL

  /// Creates an empty repository in a new temporary folder.
  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-git-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try git("init", "-q", "-b", "main")
  }

  /// Runs git in the repository with a fixed identity; throws when it fails.
  @discardableResult
  func git(_ arguments: String...) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["git", "-c", "user.name=rulec", "-c", "user.email=rulec@example.org"] + arguments
    process.currentDirectoryURL = root
    process.environment = ["PATH": "/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1", "HOME": root.path]
    let output = try RulecProcess.collect(process)
    guard output.status == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: ["git": arguments.joined(separator: " ")])
    }
    return output.stdout
  }

  /// Replaces the repository's files (outside `.git`) by a copy of `folder`'s
  /// and commits them.
  func commit(contentsOf folder: URL, message: String) throws {
    let manager = FileManager.default
    for name in try manager.contentsOfDirectory(atPath: root.path) where name != ".git" {
      try manager.removeItem(at: root.appendingPathComponent(name))
    }
    for name in try manager.contentsOfDirectory(atPath: folder.path) {
      try manager.copyItem(
        at: folder.appendingPathComponent(name), to: root.appendingPathComponent(name))
    }
    try git("add", "-A")
    try git("commit", "-q", "-m", message)
  }

  /// Removes the repository.
  func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}
