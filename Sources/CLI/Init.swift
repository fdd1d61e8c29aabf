import ArgumentParser
import Foundation
import RuleParser

extension Rulec {
  /// `rulec init DIR`: a new plan skeleton to start from.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      _superCommandName: Rulec.superCommandName,
      abstract: "Create a new plan: document, rules, a policy with its tests, a snapshot.",
      discussion: """
        The folder must be new or empty (hidden entries such as .git are allowed). The skeleton lints clean, its tests pass and its \
        snapshot checks clean: cd into it and run rulec lint, rulec test, rulec check \
        snapshots/2018-01-15.json. Exit codes: 0 created; 2 the folder is not empty or \
        cannot be written.
        """)

    @Argument(help: "The folder to create.", completion: .directory)
    var folder: String

    @Option(help: "Message language: en or zh (default: from LANG).")
    var lang: Language?

    func run() throws {
      let language = lang ?? Language.ofProcess
      var diagnostics = Diagnostics()
      let manager = FileManager.default
      // A folder with only hidden entries (a fresh `git init`) counts as empty.
      let visible = (try? manager.contentsOfDirectory(atPath: folder))?.filter {
        !$0.hasPrefix(".")
      }
      if manager.fileExists(atPath: folder), visible?.isEmpty != true {
        diagnostics.report(
          .error(
            .initFolderNotEmpty,
            LocalizedText(
              "'\(folder)' already exists and is not an empty folder", "'\(folder)' 已存在，且不是空目录"),
            at: nil))
      }
      let files = Skeleton.files(planID: Self.planID(for: folder))
      let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
      if !diagnostics.hasErrors {
        for file in files {
          let url = URL(fileURLWithPath: base + "/" + file.path)
          do {
            try manager.createDirectory(
              at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .atomic)
          } catch {
            diagnostics.report(
              .error(
                .initCannotWrite,
                LocalizedText(
                  "cannot write '\(url.path)': \(error.localizedDescription)",
                  "无法写入 '\(url.path)'：\(error.localizedDescription)"),
                at: nil))
            break
          }
        }
      }
      guard !diagnostics.hasErrors else {
        Terminal.report(diagnostics, language: language)
        throw ExitCode(2)
      }
      var text = "created \(base)/\n"
      for file in files { text += "  \(file.path)\n" }
      text +=
        "next: cd \(base) && rulec lint && rulec test && rulec check snapshots/2018-01-15.json\n"
      Terminal.out(text)
    }

    /// The plan id: the folder's name in lower-case letters, digits and
    /// `-`, or `plan` when nothing is left.
    static func planID(for folder: String) -> String {
      let name = URL(fileURLWithPath: folder).lastPathComponent.lowercased()
      let kept = name.unicodeScalars.map { scalar -> Character in
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-")
          ? Character(scalar) : "-"
      }
      let id = String(kept).split(separator: "-").joined(separator: "-")
      return id.isEmpty ? "plan" : id
    }
  }
}
