#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file, or standard input, with a bound on its size.
///
/// Only regular files (and, for standard input, pipes and terminals) are
/// read: a named pipe, device or socket is refused after `stat` and before
/// `open`, so that it can neither block nor stream without end. A file over
/// the limit is refused from its size alone, without reading it; standard
/// input is read in chunks and abandoned at the first byte over the limit.
public enum InputFile {
  /// The limit on every input in force: 64 MiB unless the command line
  /// raised it.
  public static var defaultMaxBytes: Int { InputLimits.current.inputBytes }

  /// What reading gave.
  public enum Content: Sendable, Equatable {
    /// The whole content.
    case bytes([UInt8])
    /// Over the limit; the size, or the limit plus one for a stream.
    case tooLarge(Int)
    /// Not read, with the reason.
    case unreadable(LocalizedText)
  }

  /// Reads the regular file at `path` (symbolic links followed).
  public static func read(_ path: String, maxBytes: Int = defaultMaxBytes) -> Content {
    var status = stat()
    guard stat(path, &status) == 0 else { return .unreadable(reason(errno)) }
    if let refusal = refusal(status.st_mode) { return .unreadable(refusal) }
    guard Int(status.st_size) <= maxBytes else { return .tooLarge(Int(status.st_size)) }
    // O_NONBLOCK: should the path have become a pipe since `stat`, open
    // returns at once instead of waiting for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { return .unreadable(reason(errno)) }
    defer { close(descriptor) }
    guard fstat(descriptor, &status) == 0 else { return .unreadable(reason(errno)) }
    if let refusal = refusal(status.st_mode) { return .unreadable(refusal) }
    return readAll(descriptor, maxBytes: maxBytes, expectedBytes: Int(status.st_size))
  }

  /// Whether descriptor 0 was closed when the process started.
  nonisolated(unsafe) private static var standardInputWasClosed = false

  /// Keeps descriptors 0–2 from being reused by what opens later.
  ///
  /// A closed one is opened on `/dev/null`, so that a file or a timer the runtime opens later never
  /// takes its number (reading `-` would then block on that timer). Call it
  /// first thing in `main`, before anything opens a descriptor.
  public static func reserveStandardDescriptors() {
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
      if descriptor == 0 { standardInputWasClosed = true }
      let opened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  /// Reads standard input to its end, up to `maxBytes`.
  public static func readStandardInput(maxBytes: Int = defaultMaxBytes) -> Content {
    var status = stat()
    guard !standardInputWasClosed, fstat(0, &status) == 0 else {
      return .unreadable(
        LocalizedText(en: "standard input is closed", zh: "标准输入已关闭"))
    }
    if status.st_mode & S_IFMT == S_IFDIR { return .unreadable(reason(EISDIR)) }
    let content = readAll(0, maxBytes: maxBytes)
    if case .unreadable = content, errno == EINVAL || errno == EBADF {
      // Closed before the start: the descriptor is unused, or reused by
      // something that is not a file.
      return .unreadable(
        LocalizedText(en: "standard input is closed", zh: "标准输入已关闭"))
    }
    return content
  }

  /// Why a file of this mode is not read, or `nil` for a regular file.
  private static func refusal(_ mode: mode_t) -> LocalizedText? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: reason(EISDIR)
    case S_IFIFO: LocalizedText(en: "it is a named pipe (FIFO)", zh: "这是一个命名管道（FIFO）")
    case S_IFSOCK: LocalizedText(en: "it is a socket", zh: "这是一个套接字")
    case S_IFCHR, S_IFBLK: LocalizedText(en: "it is a device", zh: "这是一个设备文件")
    default: LocalizedText(en: "it is not a regular file", zh: "这不是普通文件")
    }
  }

  /// Reads a descriptor to its end, stopping past `maxBytes`.
  ///
  /// The bytes are read straight into an array made with room for
  /// `expectedBytes` (a regular file's size) and one more: a file of a
  /// million entries is read into its final place, without a copy from a
  /// smaller buffer or a move each time the array doubles, and its pages are
  /// touched once. What a stream (or a file grown since `fstat`) has beyond
  /// that is read in parts, each as large as all read before it.
  private static func readAll(
    _ descriptor: Int32, maxBytes: Int, expectedBytes: Int = 0
  ) -> Content {
    var bytes: [UInt8] = []
    var room = min(max(expectedBytes, 0), maxBytes) + 1
    while true {
      var outcome = ReadOutcome.filled
      let part = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
        outcome = fill(buffer, count: &count, from: descriptor)
      }
      if case .failed(let code) = outcome { return .unreadable(reason(code)) }
      if bytes.isEmpty { bytes = part } else { bytes.append(contentsOf: part) }
      guard bytes.count <= maxBytes else { return .tooLarge(maxBytes + 1) }
      if case .ended = outcome { return .bytes(bytes) }
      room = min(max(bytes.count, 1 << 16), maxBytes + 1 - bytes.count)
    }
  }

  /// How filling a buffer from a descriptor ended.
  private enum ReadOutcome {
    /// The buffer is full; the input may go on.
    case filled
    /// The input ended.
    case ended
    /// A read failed, with this `errno`.
    case failed(Int32)
  }

  /// Reads from a descriptor into `buffer` past its first `count` bytes
  /// until it is full or the input ends, counting what it read in `count`.
  private static func fill(
    _ buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int, from descriptor: Int32
  ) -> ReadOutcome {
    guard let start = buffer.baseAddress else { return .filled }
    while count < buffer.count {
      let read = systemRead(descriptor, start + count, buffer.count - count)
      if read > 0 {
        count += read
      } else if read == 0 {
        return .ended
      } else if errno == EAGAIN {
        // A non-blocking descriptor with nothing yet: wait for data.
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&poller, 1, -1)
      } else if errno != EINTR {
        return .failed(errno)
      }
    }
    return .filled
  }

  /// The C library's `read`, which the static `read` above hides.
  private static func systemRead(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int
  ) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
  }

  /// Why a system call failed, in both languages.
  public static func reason(_ code: Int32) -> LocalizedText {
    let system = String(cString: strerror(code))
    return switch code {
    case ENOENT: LocalizedText(en: "no such file", zh: "文件不存在")
    case EACCES: LocalizedText(en: "permission denied", zh: "没有读取权限")
    case EISDIR: LocalizedText(en: "it is a directory", zh: "这是一个目录")
    case EBADF: LocalizedText(en: "standard input is closed", zh: "标准输入已关闭")
    default: LocalizedText(en: system, zh: "系统错误：\(system)")
    }
  }
}
