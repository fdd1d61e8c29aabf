import Foundation
import RuleEngine
import RuleParser

/// The rules folder of a git revision, compiled.
///
/// The files are read with `git ls-tree` and `git show` (nothing is checked
/// out) into a temporary folder and compiled there; the plan's `document`
/// is read from the same revision.
///
/// Diagnostics name the files as `REVISION:path` and show their lines.
struct RevisionRules {
  /// The revision as the user wrote it (`HEAD~1`, `main`, `v2017`).
  var revision: String
  /// The rules folder's path inside the repository (from its root).
  var rulesPath: String

  /// Compiles the revision's rules; `nil` with the diagnostics on failure.
  func compile(sources: SourceLines, diagnostics: inout Diagnostics) -> CompileResult? {
    let here = Git(folder: FileManager.default.currentDirectoryPath)
    guard let top = here.run(["rev-parse", "--show-toplevel"]) else {
      diagnostics.report(.notAGitRepository(revision, reason: "git cannot be run"))
      return nil
    }
    guard top.status == 0 else {
      diagnostics.report(.notAGitRepository(revision, reason: Self.firstLine(top.stderr)))
      return nil
    }
    let git = Git(folder: String(decoding: top.stdout, as: UTF8.self).trimmingNewlines)
    guard
      let verified = git.run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"]),
      verified.status == 0, !revision.hasPrefix("-")
    else {
      diagnostics.report(
        .error(
          .unknownRevision,
          LocalizedText(
            "'\(revision)' is neither a folder nor a revision of this repository",
            "'\(revision)' 既不是目录，也不是本仓库的修订版本"),
          at: nil))
      return nil
    }
    let commit = String(decoding: verified.stdout, as: UTF8.self).trimmingNewlines
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-diff-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let root = normalized(rulesPath)
    guard let files = ruleFiles(git, commit: commit, root: root, diagnostics: &diagnostics) else {
      return nil
    }
    for path in files {
      guard export(git, commit: commit, path: path, into: folder, sources: sources, &diagnostics)
      else { return nil }
    }
    var local = Diagnostics()
    let tree = folder + "/" + root
    let built = RuleSources.build(
      RuleSources.files(in: tree, diagnostics: &local), diagnostics: &local)
    if let document = RuleSources.documentPath(of: built), document.hasPrefix(folder + "/") {
      let inside = String(document.dropFirst(folder.count + 1))
      _ = export(git, commit: commit, path: inside, into: folder, sources: sources, &local)
    }
    var result = Compiler().compile(rulesAt: tree)
    result.diagnostics = renamed(result.diagnostics, folder: folder)
    diagnostics.merge(result.diagnostics)
    return result
  }

  /// The repository paths of the revision's rule files.
  private func ruleFiles(
    _ git: Git, commit: String, root: String, diagnostics: inout Diagnostics
  ) -> [String]? {
    guard let listed = git.run(["ls-tree", "-r", "-z", "--name-only", commit, "--", root]),
      listed.status == 0
    else {
      diagnostics.report(.gitFailed("ls-tree \(revision)", message: "cannot list the files"))
      return nil
    }
    let all = String(decoding: listed.stdout, as: UTF8.self).split(separator: "\0").map(
      String.init)
    let files = all.filter { path in
      guard path != root else { return path.hasSuffix(".yaml") || path.hasSuffix(".yml") }
      return path.hasPrefix(root + "/")
        && RuleSources.isRuleFile(relativePath: String(path.dropFirst(root.count + 1)))
    }
    guard !files.isEmpty else {
      diagnostics.report(
        .error(
          .noRulesAtRevision,
          LocalizedText(
            "revision '\(revision)' has no rule files (*.yaml) under '\(root)'",
            "修订版本 '\(revision)' 的 '\(root)' 下没有规则文件（*.yaml）"),
          at: nil))
      return nil
    }
    return files
  }

  /// Writes one file of the revision under `folder`, and registers its
  /// text under the name diagnostics show.
  private func export(
    _ git: Git, commit: String, path: String, into folder: String, sources: SourceLines,
    _ diagnostics: inout Diagnostics
  ) -> Bool {
    guard let shown = git.run(["show", "\(commit):\(path)"]), shown.status == 0 else {
      diagnostics.report(.gitFailed("show \(revision):\(path)", message: "cannot read the file"))
      return false
    }
    let target = URL(fileURLWithPath: folder + "/" + path)
    do {
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try shown.stdout.write(to: target)
    } catch {
      diagnostics.report(.gitFailed("show \(revision):\(path)", message: "\(error)"))
      return false
    }
    sources.register(String(decoding: shown.stdout, as: UTF8.self), for: "\(revision):\(path)")
    return true
  }

  /// The diagnostics with the temporary folder's paths written as
  /// `REVISION:path`.
  private func renamed(_ diagnostics: Diagnostics, folder: String) -> Diagnostics {
    func rename(_ range: SourceRange?) -> SourceRange? {
      guard var range, range.start.file.hasPrefix(folder + "/") else { return range }
      let name = "\(revision):" + range.start.file.dropFirst(folder.count + 1)
      range.start.file = name
      range.end.file = name
      return range
    }
    var result = Diagnostics()
    for var diagnostic in diagnostics.all {
      diagnostic.range = rename(diagnostic.range)
      for index in diagnostic.notes.indices {
        diagnostic.notes[index].range = rename(diagnostic.notes[index].range)
      }
      let message = diagnostic.message
      diagnostic.message = LocalizedText(
        en: message.en.replacingOccurrences(of: folder + "/", with: "\(revision):"),
        zh: message.zh.replacingOccurrences(of: folder + "/", with: "\(revision):"))
      result.report(diagnostic)
    }
    return result
  }

  /// A path inside the repository without `./` or a final `/`.
  private func normalized(_ path: String) -> String {
    let parts = path.split(separator: "/").filter { $0 != "." }
    return parts.joined(separator: "/")
  }

  private static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n").first ?? "no repository")
  }
}

extension String {
  /// The text without trailing line breaks.
  fileprivate var trimmingNewlines: String {
    var text = self
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    return text
  }
}
