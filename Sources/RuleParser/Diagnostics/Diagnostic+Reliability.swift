/// The diagnostics of hostile or careless input, E280–E299: inputs over a
/// limit, paths outside the repository, files that are not regular files,
/// plans that expand without bound, and values that used to be accepted
/// silently (the ledger's E290–E291 are in the ledger catalogue, `coverage
/// --min`'s E293 with the option errors). Kept in code order; a code never
/// changes its meaning.
extension Diagnostic {
  /// E280: an input (snapshot, ledger, standard input) over the size limit.
  package static func inputTooLarge(_ name: String, bytes: Int, limit: Int) -> Diagnostic {
    let size = bytes > limit + 1 ? "is \(bytes) bytes, " : "is "
    return error(
      .inputTooLarge,
      LocalizedText(
        en: "'\(name)' \(size)over the limit of \(limit) bytes",
        zh: "“\(name)”超过了 \(limit) 字节的上限"), at: nil)
  }

  /// E283: a file in the rules folder is a named pipe, device or socket.
  package static func ruleFileNotRegular(_ path: String, reason: LocalizedText) -> Diagnostic {
    .error(
      .ruleFileNotRegular,
      LocalizedText(
        en: "'\(path)' is not a regular file: \(reason.en)",
        zh: "“\(path)”不是普通文件：\(reason.zh)"),
      at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1, offset: 0)))
  }

  /// E284: a folder below the rules folder cannot be read, or is a symbolic link.
  package static func ruleFolderUnreadable(_ path: String, reason: LocalizedText) -> Diagnostic {
    .error(
      .ruleFolderUnreadable,
      LocalizedText(
        en: "folder '\(path)' of the rules cannot be read: \(reason.en)",
        zh: "规则目录中的“\(path)”无法读取：\(reason.zh)"),
      at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1, offset: 0)))
  }

  /// E285: an obligation expands into more instances than the limit allows.
  package static func tooManyInstances(
    _ id: String, count: Int, limit: Int, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .tooManyInstances,
      LocalizedText(
        en: "obligation '\(id)' would bring the instances to \(count), over the limit of \(limit)",
        zh: "义务“\(id)”展开后实例将达 \(count) 个，超过 \(limit) 个的上限"),
      at: range)
  }

  /// E286: an obligation's dependencies make more edges than the limit allows.
  package static func tooManyDependencyEdges(
    _ id: String, count: Int, limit: Int, at range: SourceRange
  ) -> Diagnostic {
    .error(
      .tooManyDependencyEdges,
      LocalizedText(
        en:
          "obligation '\(id)' would bring the dependency edges to \(count), over the limit of \(limit)",
        zh: "义务“\(id)”的依赖关系将达 \(count) 条，超过 \(limit) 条的上限"),
      at: range)
  }

  /// E287: a YAML tag outside the core schema.
  static func yamlUnsupportedTag(_ tag: String, at range: SourceRange) -> Diagnostic {
    .error(
      .unsupportedTag,
      LocalizedText(
        en: "YAML tag '\(tag)' is not supported",
        zh: "不支持 YAML 标签“\(tag)”"),
      at: range)
  }
}
