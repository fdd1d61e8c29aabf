import RuleParser

/// The catalogue of diagnostics about git revisions (E260–E263): `rulec diff`
/// reading a side of the comparison from a repository.
extension Diagnostic {
  /// E260: a revision was given outside a git repository (or git cannot run).
  static func notAGitRepository(_ revision: String, reason: String) -> Diagnostic {
    error(
      .notAGitRepository,
      LocalizedText(
        "'\(revision)' is not a folder, and this is not a git repository (\(reason))",
        "'\(revision)' 不是目录，当前目录也不在 git 仓库中（\(reason)）"),
      at: nil)
  }

  /// E263: git failed while reading a revision.
  static func gitFailed(_ command: String, message: String) -> Diagnostic {
    error(
      .gitFailed,
      LocalizedText("git \(command) failed: \(message)", "git \(command) 失败：\(message)"),
      at: nil)
  }
}
