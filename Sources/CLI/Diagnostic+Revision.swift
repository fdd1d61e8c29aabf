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
      at: nil,
      help: LocalizedText(
        "give a rules folder, or run rulec diff inside the repository",
        "请给出规则目录，或在仓库内运行 rulec diff"))
  }

  /// E261: the repository has no such revision.
  static func unknownRevision(_ revision: String) -> Diagnostic {
    error(
      .unknownRevision,
      LocalizedText(
        "'\(revision)' is neither a folder nor a revision of this repository",
        "'\(revision)' 既不是目录，也不是本仓库的修订版本"),
      at: nil,
      help: LocalizedText(
        "name a commit, branch or tag (git log --oneline lists them), or an existing folder",
        "请给出提交、分支或标签（git log --oneline 可列出），或已有的目录"))
  }

  /// E262: the revision has no rule files at the rules path.
  static func noRulesAtRevision(_ path: String, revision: String) -> Diagnostic {
    error(
      .noRulesAtRevision,
      LocalizedText(
        "revision '\(revision)' has no rule files (*.yaml) under '\(path)'",
        "修订版本 '\(revision)' 的 '\(path)' 下没有规则文件（*.yaml）"),
      at: nil,
      help: LocalizedText(
        "give the rules folder's path inside the repository with --rules DIR",
        "请用 --rules DIR 给出规则目录在仓库中的路径"))
  }

  /// E263: git failed while reading a revision.
  static func gitFailed(_ command: String, message: String) -> Diagnostic {
    error(
      .gitFailed,
      LocalizedText("git \(command) failed: \(message)", "git \(command) 失败：\(message)"),
      at: nil,
      help: LocalizedText("run the same git command to see why", "请运行同样的 git 命令查看原因"))
  }
}
