extension YAMLLoader {
  /// Loads every document of a YAML file.
  ///
  /// - Parameters:
  ///   - path: where to read the file.
  ///   - displayPath: the path diagnostics and locations show; `path` if `nil`.
  ///   - diagnostics: collects the problems found, including a file that
  ///     cannot be read or is over the size limit.
  /// - Returns: one root node per document, as `load(_:file:into:)`.
  public func load(
    contentsOfFile path: String, displayPath: String? = nil,
    into diagnostics: inout Diagnostics
  ) -> [YAMLNode] {
    load(contentsOfFile: path, displayPath: displayPath, streaming: nil, into: &diagnostics)
  }

  /// Loads every document of a YAML file, streaming as `load(_:file:streaming:into:)`.
  package func load(
    contentsOfFile path: String, displayPath: String? = nil, streaming stream: (any MemberStream)?,
    into diagnostics: inout Diagnostics
  ) -> [YAMLNode] {
    var sawTags = false
    return load(
      contentsOfFile: path, displayPath: displayPath, streaming: stream, into: &diagnostics,
      sawTags: &sawTags)
  }

  /// Loads every document of a YAML file as `load(contentsOfFile:displayPath:into:)`,
  /// streaming as `load(_:file:streaming:into:)`; sets `sawTags` when a node has a tag.
  package func load(
    contentsOfFile path: String, displayPath: String? = nil, streaming stream: (any MemberStream)?,
    into diagnostics: inout Diagnostics, sawTags: inout Bool
  ) -> [YAMLNode] {
    let name = displayPath ?? path
    switch InputFile.read(path, maxBytes: limits.fileBytes) {
    case .bytes(let bytes):
      return load(bytes, file: name, streaming: stream, into: &diagnostics, sawTags: &sawTags)
    case .tooLarge(let size):
      let start = SourceLocation(file: name, line: 1, column: 1, offset: 0)
      diagnostics.report(
        .yamlFileTooLarge(at: SourceRange(at: start), bytes: size, limit: limits.fileBytes))
    case .unreadable(let reason):
      diagnostics.report(
        .unreadableFile(name, reason: reason, kind: LocalizedText("YAML file", "YAML 文件")))
    }
    return []
  }
}
