/// The loader's diagnostics, E002–E019 (E001, an unreadable file, is a family
/// of its own): turning a file's YAML text into nodes. Kept in code order; a code never changes its meaning.
extension Diagnostic {
  /// E002: the file is larger than the loader accepts.
  static func yamlFileTooLarge(at range: SourceRange, bytes: Int, limit: Int) -> Diagnostic {
    error(
      .fileTooLarge,
      LocalizedText(
        "file is \(bytes) bytes, more than the limit of \(limit) bytes",
        "文件大小为 \(bytes) 字节，超过了 \(limit) 字节的上限"), at: range)
  }

  /// E003: the bytes are not UTF-8; `range` covers the first bad byte.
  static func yamlNotUTF8(at range: SourceRange, byte: UInt8) -> Diagnostic {
    let hex = "0x" + String(byte, radix: 16, uppercase: true)
    return error(
      .notUTF8,
      LocalizedText(
        "file is not valid UTF-8: unexpected byte \(hex)", "文件不是有效的 UTF-8 编码：意外的字节 \(hex)"),
      at: range)
  }

  /// E004: libyaml rejected the text; `problem` is libyaml's own wording.
  static func yamlSyntax(
    problem: String, at range: SourceRange, context: String?, contextRange: SourceRange?
  ) -> Diagnostic {
    var diagnostic = Diagnostic(
      .error, code: .yamlSyntax,
      LocalizedText(problem, "YAML 语法错误：\(problem)"),
      at: range)
    if let context {
      diagnostic = diagnostic.note(
        LocalizedText(context, "出错时：\(context)"), at: contextRange)
    }
    return diagnostic.help(YAMLSyntaxHelp.help(for: problem))
  }

  /// E005: collections nest deeper than the limit.
  static func yamlTooDeep(at range: SourceRange, limit: Int) -> Diagnostic {
    error(
      .nestingTooDeep,
      LocalizedText("nesting is deeper than the limit of \(limit) levels", "嵌套层数超过了 \(limit) 层的上限"),
      at: range)
  }

  /// E009: a key occurs twice in one mapping; the note points at the first.
  static func yamlDuplicateKey(_ key: String, at range: SourceRange, first: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, code: .duplicateKey,
      LocalizedText("duplicate key \(key) in this mapping", "同一映射中的键 \(key) 重复"), at: range
    ).note(LocalizedText("first written here", "第一次出现在此处"), at: first).help(
      LocalizedText(
        key == "'<<'"
          ? "merge several mappings with one key: '<<: [*a, *b]'"
          : "remove one of the two entries or rename one key",
        key == "'<<'" ? "合并多个映射请只用一个键：“<<: [*a, *b]”" : "请删除其中一项，或给其中一个键改名"))
  }

}
