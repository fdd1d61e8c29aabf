import Foundation

/// libFuzzer's driver: parses the command line and calls `callback` on
/// each input (`-fsanitize=fuzzer` links it in).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with `callback` as the target.
///
/// SwiftPM links an executable with `main` renamed to `<Module>_main`; each
/// fuzz target defines that symbol and calls this, so libFuzzer's own
/// `main` is never needed.
public func runFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
  var argc = argc
  var argv = argv
  return runDriver(&argc, &argv, callback)
}

/// The input as bytes.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
  guard let data, count > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: count))
}

/// The repository's root (the folder above Fuzz/).
public let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path
