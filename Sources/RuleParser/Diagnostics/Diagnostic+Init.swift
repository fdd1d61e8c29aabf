/// The catalogue of `rulec init` diagnostics (E275–E276).
extension Diagnostic {
  /// E275: the folder to create the skeleton in already has files.
  public static func initFolderNotEmpty(_ path: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E275",
      LocalizedText(
        en: "'\(path)' already exists and is not an empty folder",
        zh: "'\(path)' 已存在,且不是空目录"),
      at: nil
    ).help(
      LocalizedText(
        en: "give a new folder's name: rulec init NEW-FOLDER",
        zh: "请给出新目录的名称:rulec init 新目录"))
  }

  /// E276: a file of the skeleton cannot be written.
  public static func initCannotWrite(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E276",
      LocalizedText(en: "cannot write '\(path)': \(reason)", zh: "无法写入 '\(path)':\(reason)"),
      at: nil
    ).help(
      LocalizedText(en: "check that the folder is writable", zh: "请检查该目录是否可写"))
  }
}
