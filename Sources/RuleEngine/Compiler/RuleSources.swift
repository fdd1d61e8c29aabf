import Foundation
public import RuleParser

/// Finds and reads the rule files of a folder: every `*.yaml` and `*.yml`
/// below it, in sorted path order, except the policy tests in its `tests/`
/// folder (`rulec test`).
public enum RuleSources {
  /// The folder of policy tests inside a rules folder, which holds no rules.
  public static let testsFolder = "tests"

  /// Whether a path relative to the rules folder is a rule file: a YAML
  /// file outside the `tests/` folder.
  public static func isRuleFile(relativePath path: String) -> Bool {
    (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !path.hasPrefix(testsFolder + "/")
  }

  /// The rule files under `directory`, sorted by path; E041 when none.
  public static func files(in directory: String, diagnostics: inout Diagnostics) -> [String] {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      diagnostics.report(.noRuleFiles(directory))
      return []
    }
    guard isDirectory.boolValue else { return [directory] }
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    var paths: [String] = []
    if let enumerator = manager.enumerator(atPath: directory) {
      while let relative = enumerator.nextObject() as? String {
        if isRuleFile(relativePath: relative) {
          paths.append(base + "/" + relative)
        }
      }
    }
    paths.sort()
    if paths.isEmpty { diagnostics.report(.noRuleFiles(directory)) }
    return paths
  }

  /// The source document the plan of `files` names, resolved against the
  /// file that declares it (`nil` when no file declares a plan with one).
  public static func documentPath(of files: [RuleFile]) -> String? {
    for file in files {
      if let document = file.plan?.document?.value {
        return QuoteChecker.resolve(document, relativeTo: file.path)
      }
    }
    return nil
  }

  /// Loads and builds each file.
  ///
  /// Files are loaded and built in parallel, each into its own collector;
  /// their diagnostics are then reported in path order, as one file after
  /// the other would have reported them.
  public static func build(
    _ paths: [String], loader: YAMLLoader = YAMLLoader(), diagnostics: inout Diagnostics
  ) -> [RuleFile] {
    let built = Concurrently.map(paths.count) { index in
      let path = paths[index]
      var fileDiagnostics = Diagnostics(errorLimit: .max)
      let documents = loader.load(contentsOfFile: path, into: &fileDiagnostics)
      let file = RuleFileBuilder(path: path).build(documents, diagnostics: &fileDiagnostics)
      return (file: file, diagnostics: fileDiagnostics)
    }
    return built.map { result in
      diagnostics.merge(result.diagnostics)
      return result.file
    }
  }
}
