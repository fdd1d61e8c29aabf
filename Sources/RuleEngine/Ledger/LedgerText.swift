/// The bytes of a ledger file as text: UTF-8, with a byte order mark
/// (which Excel writes) skipped, or GB18030/GBK, as Excel and WPS save "CSV"
/// on Chinese Windows.
enum LedgerText {
  /// The text and the byte offset it starts at, or why the bytes are no text.
  static func decode(
    _ bytes: [UInt8], encoding: LedgerEncoding = .auto
  ) -> Result<(text: String, start: Int), Failure> {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = bytes[start...]
    if !encoding.isGB18030, let text = String(validating: body, as: UTF8.self) {
      return .success((text, start))
    }
    let offset = start + validPrefixLength(body)
    if encoding == .utf8 { return .failure(Failure(offset: offset, reason: .notUTF8)) }
    if let text = GB18030Text.decode(bytes) { return .success((text, 0)) }
    return .failure(Failure(offset: offset, reason: encoding == .auto ? .unknown : .notGB18030))
  }

  /// Why bytes could not be read as text.
  struct Failure: Error, Equatable {
    /// Which decoding failed.
    enum Reason: Equatable {
      /// `--encoding utf-8`, and the bytes are not UTF-8.
      case notUTF8
      /// `--encoding gbk`, and the bytes are not GB18030.
      case notGB18030
      /// Neither UTF-8 nor GB18030.
      case unknown
    }
    /// The 0-based offset of the first byte that is not UTF-8.
    var offset: Int
    /// Which decoding failed.
    var reason: Reason
  }

  /// The 1-based line on which byte `offset` lies.
  static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
    bytes.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  private static func validPrefixLength(_ bytes: ArraySlice<UInt8>) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var length = 0
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      length += UTF8.width(scalar)
    }
    return length
  }
}

/// The text encoding of a ledger CSV (`rulec check --encoding`).
public enum LedgerEncoding: String, Sendable, CaseIterable {
  /// UTF-8 when the bytes are UTF-8, else GB18030/GBK.
  case auto
  /// UTF-8 only.
  case utf8 = "utf-8"
  /// GB18030, which includes GBK and GB2312.
  case gb18030
  /// GBK: read as GB18030, its superset.
  case gbk

  /// Whether the bytes must be GB18030.
  var isGB18030: Bool {
    switch self {
    case .gb18030, .gbk: true
    case .auto, .utf8: false
    }
  }
}
