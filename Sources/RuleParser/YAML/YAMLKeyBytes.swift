import Foundation

/// Scalar keys compared and hashed by their bytes, as `String`s compare
/// them: for a key of ASCII bytes (nearly every key) that is the bytes
/// themselves; any other key is compared as a `String` (canonically
/// equivalent spellings are the same key, as they always were), and hashed
/// by its composed form's bytes, which equal keys share.
///
/// Making a `String` of each key to hash or compare it cost ~330
/// instructions a key; the bytes are already in the tree.
enum YAMLKeyBytes {
  /// Whether two scalar keys are the same key.
  static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    if a.count == b.count, let x = a.baseAddress, let y = b.baseAddress, memcmp(x, y, a.count) == 0
    {
      return true
    }
    if a.isEmpty, b.isEmpty { return true }
    if isASCII(a), isASCII(b) { return false }
    return String(decoding: a, as: UTF8.self) == String(decoding: b, as: UTF8.self)
  }

  /// A hash that keys `same` says are the same share.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hasher = Hasher()
    if isASCII(bytes) {
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    } else {
      var composed = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
      composed.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
    return hasher.finalize()
  }

  /// Whether every byte is ASCII.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy { $0 < 0x80 }
  }
}
