import RuleParser

/// The catalogue of `rulec init` diagnostics (E275–E276).
extension Diagnostic {
  /// E275: the folder to create the skeleton in already has files.
  static func initFolderNotEmpty(_ path: String) -> Diagnostic {
    error(
      .initFolderNotEmpty,
      LocalizedText(
        "'\(path)' already exists and is not an empty folder", "'\(path)' 已存在，且不是空目录"),
      at: nil,
      help: LocalizedText(
        "give a new folder's name: rulec init NEW-FOLDER", "请给出新目录的名称：rulec init 新目录"))
  }

  /// E276: a file of the skeleton cannot be written.
  static func initCannotWrite(_ path: String, reason: String) -> Diagnostic {
    error(
      .initCannotWrite,
      LocalizedText("cannot write '\(path)': \(reason)", "无法写入 '\(path)'：\(reason)"),
      at: nil,
      help: LocalizedText("check that the folder is writable", "请检查该目录是否可写"))
  }
}
