import Foundation
public import RuleParser

/// Finds and reads the rule files of a folder: every `*.yaml` and `*.yml`
/// below it, in sorted path order, except the policy tests in its `tests/`
/// folder (`rulec test`).
package enum RuleSources {
  /// The folder of policy tests inside a rules folder, which holds no rules.
  package static let testsFolder = "tests"

  /// Whether a path relative to the rules folder is a rule file: a YAML
  /// file outside the `tests/` folder.
  package static func isRuleFile(relativePath path: String) -> Bool {
    (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !path.hasPrefix(testsFolder + "/")
  }

  /// The rule files under `directory`, sorted by path; E041 when none.
  ///
  /// Nothing below the folder is skipped silently: a subfolder that cannot
  /// be read or is a symbolic link is E284, and a `*.yaml` that is a named
  /// pipe, device or socket is E283 (found with `lstat`, never opened).
  package static func files(in directory: String, diagnostics: inout Diagnostics) -> [String] {
    var status = stat()
    guard stat(directory, &status) == 0 else {
      diagnostics.report(.noRuleFiles(directory))
      return []
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      if status.st_mode & S_IFMT != S_IFREG {
        diagnostics.report(.ruleFileNotRegular(directory, reason: kind(of: status.st_mode)))
        return []
      }
      return [directory]
    }
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    var paths: [String] = []
    var folders = [base]
    while let folder = folders.popLast() {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder)
      } catch {
        diagnostics.report(.ruleFolderUnreadable(folder, reason: InputFile.reason(EACCES)))
        continue
      }
      for name in names {
        let path = folder + "/" + name
        guard lstat(path, &status) == 0 else { continue }
        let relative = String(path.dropFirst(base.count + 1))
        let isRuleFile = Self.isRuleFile(relativePath: relative)
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
          if relative != testsFolder { folders.append(path) }
        case S_IFLNK:
          var target = stat()
          if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
            diagnostics.report(
              .ruleFolderUnreadable(
                path,
                reason: LocalizedText(
                  en: "it is a symbolic link to a folder", zh: "这是指向目录的符号链接")))
          } else if isRuleFile {
            paths.append(path)
          }
        case S_IFREG:
          if isRuleFile { paths.append(path) }
        default:
          if isRuleFile {
            diagnostics.report(.ruleFileNotRegular(path, reason: kind(of: status.st_mode)))
          }
        }
      }
    }
    paths.sort()
    if paths.isEmpty, !diagnostics.hasErrors { diagnostics.report(.noRuleFiles(directory)) }
    return paths
  }

  /// The source document the plan of `files` names, resolved against the
  /// file that declares it (`nil` when no file declares a plan with one).
  package static func documentPath(of files: [RuleFile]) -> String? {
    for file in files {
      if let document = file.plan?.document?.value {
        return QuoteChecker.resolve(document, relativeTo: file.path)
      }
    }
    return nil
  }

  /// The position of the file at least as large as all the others
  /// together, if there is one (sizes by `stat`; an unreadable file counts
  /// as empty, and is reported when it is read).
  private static func largestAlone(_ paths: [String]) -> Int? {
    var status = stat()
    let sizes = paths.map { stat($0, &status) == 0 ? Int(status.st_size) : 0 }
    guard let largest = sizes.indices.max(by: { sizes[$0] < sizes[$1] }) else { return nil }
    return 2 * sizes[largest] >= sizes.reduce(0, +) ? largest : nil
  }

  /// What a file that is not regular is.
  private static func kind(of mode: mode_t) -> LocalizedText {
    switch mode & S_IFMT {
    case S_IFIFO: LocalizedText(en: "it is a named pipe (FIFO)", zh: "这是一个命名管道（FIFO）")
    case S_IFSOCK: LocalizedText(en: "it is a socket", zh: "这是一个套接字")
    default: LocalizedText(en: "it is a device", zh: "这是一个设备文件")
    }
  }

  /// Loads and builds each file.
  ///
  /// Files are loaded and built in parallel, each into its own collector;
  /// their diagnostics are then reported in path order, as one file after
  /// the other would have reported them. A file at least as large as all
  /// the others together (a plan written as one file) would keep one core
  /// busy alone: it alone is parsed ahead and built in halves on the other
  /// (see `YAMLLoader.parsesAheadFrom`, `RuleFileBuilder.halvesFrom`); with
  /// several large files, the files keep both cores busy themselves.
  package static func build(
    _ paths: [String], loader: YAMLLoader = YAMLLoader(), diagnostics: inout Diagnostics
  ) -> [RuleFile] {
    let alone = largestAlone(paths)
    let built = Concurrently.map(paths.count) { index in
      let path = paths[index]
      var loader = loader
      var builder = RuleFileBuilder(path: path)
      if index != alone {
        loader.parsesAheadFrom = .max
        builder.halvesFrom = .max
      }
      var fileDiagnostics = Diagnostics()
      var sawTags = false
      let documents = loader.load(
        contentsOfFile: path, streaming: nil, into: &fileDiagnostics, sawTags: &sawTags)
      let file = builder.build(documents, tagged: sawTags, diagnostics: &fileDiagnostics)
      // The large file's nodes are freed where nobody waits for them.
      if index == alone { SecondCore.release(consume documents) }
      return (file: file, diagnostics: fileDiagnostics)
    }
    return built.map { result in
      diagnostics.merge(result.diagnostics)
      return result.file
    }
  }
}
