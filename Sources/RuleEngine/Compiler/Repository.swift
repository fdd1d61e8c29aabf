import Foundation

/// The repository that holds the rules: the only place the plan's
/// `document:` may be read from.
///
/// It is the nearest folder at or above the rules folder that holds a
/// `.git` (a folder, or the file of a worktree); without one, the rules
/// folder's parent. Paths are compared after resolving symbolic links, so
/// neither `../..` nor a link can lead out of it.
struct Repository: Sendable {
  /// The repository's real path, without a trailing `/`.
  let root: String

  /// The repository of a rules folder (or of the folder of a rule file).
  init(rulesAt rules: String) {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: rules, isDirectory: &isDirectory)
    let folder =
      exists && !isDirectory.boolValue ? (rules as NSString).deletingLastPathComponent : rules
    let real = Self.realPath(folder.isEmpty ? "." : folder) ?? folder
    var candidate = real
    while true {
      if FileManager.default.fileExists(atPath: candidate + "/.git") {
        root = candidate
        return
      }
      let parent = (candidate as NSString).deletingLastPathComponent
      if parent == candidate || parent.isEmpty { break }
      candidate = parent
    }
    let parent = (real as NSString).deletingLastPathComponent
    root = parent.isEmpty ? "/" : parent
  }

  /// The real path of `path` when it lies inside the repository; `nil`
  /// when it lies outside (or does not exist: `realPath` is `nil` then).
  func contains(realPath: String) -> Bool {
    root == "/" || realPath == root || realPath.hasPrefix(root + "/")
  }

  /// `path` with every symbolic link and `.`/`..` resolved, or `nil` when
  /// it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
