#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 (and so GBK, its subset) bytes decoded to text with the C
/// library's `iconv`: Foundation on Linux has no GB18030 decoder, and Excel
/// or WPS on Chinese Windows save "CSV" in this encoding.
enum GB18030Text {
  /// The text, or `nil` when the bytes are not valid GB18030 (or the C
  /// library has no converter for it).
  ///
  /// - Complexity: O(n) in the number of bytes.
  static func decode(_ bytes: [UInt8]) -> String? {
    let converter = iconv_open("UTF-8", "GB18030")
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 2 + 4)
    let written = input.withUnsafeMutableBufferPointer { inBuffer -> Int? in
      output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
        var inPointer = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer = outBuffer.baseAddress
        var outLeft = outBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        guard result != -1, inLeft == 0 else { return nil }
        return outBuffer.count - outLeft
      }
    }
    guard let written else { return nil }
    return String(validating: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
