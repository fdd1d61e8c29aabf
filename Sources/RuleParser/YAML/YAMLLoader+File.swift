#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension YAMLLoader {
  /// What reading a file gave.
  private enum FileContent {
    case bytes([UInt8])
    case tooLarge(Int)
    case unreadable(LocalizedText)
  }

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
    let name = displayPath ?? path
    switch Self.readContent(path, maxBytes: limits.maxFileBytes) {
    case .bytes(let bytes):
      return load(bytes, file: name, into: &diagnostics)
    case .tooLarge(let size):
      let start = SourceLocation(file: name, line: 1, column: 1, offset: 0)
      diagnostics.report(
        .yamlFileTooLarge(at: SourceRange(at: start), bytes: size, limit: limits.maxFileBytes))
    case .unreadable(let reason):
      diagnostics.report(
        .unreadableFile(name, reason: reason, kind: LocalizedText("YAML file", "YAML 文件")))
    }
    return []
  }

  /// Reads a whole file, stopping early once it is over `maxBytes`.
  private static func readContent(_ path: String, maxBytes: Int) -> FileContent {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .unreadable(reason(errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .unreadable(reason(errno)) }
    guard status.st_mode & S_IFMT != S_IFDIR else { return .unreadable(reason(EISDIR)) }
    let size = Int(status.st_size)
    guard size <= maxBytes else { return .tooLarge(size) }
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= maxBytes else { return .tooLarge(count) }
        bytes.append(contentsOf: repeatElement(0, count: max(count, 4096)))
      }
      let result = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return read(descriptor, base + count, buffer.count - count)
      }
      if result == 0 { break }
      if result < 0 {
        if errno == EINTR { continue }
        return .unreadable(reason(errno))
      }
      count += result
    }
    guard count <= maxBytes else { return .tooLarge(count) }
    bytes.removeLast(bytes.count - count)
    return .bytes(bytes)
  }

  /// Why a system call failed, in both languages.
  private static func reason(_ code: Int32) -> LocalizedText {
    let system = String(cString: strerror(code))
    return switch code {
    case ENOENT: LocalizedText(en: "no such file", zh: "文件不存在")
    case EACCES: LocalizedText(en: "permission denied", zh: "没有读取权限")
    case EISDIR: LocalizedText(en: "it is a directory", zh: "这是一个目录")
    default: LocalizedText(en: system, zh: "系统错误：\(system)")
    }
  }
}
