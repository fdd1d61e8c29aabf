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
    if equal(a, b) { return true }
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

  /// Whether two texts have the same bytes.
  ///
  /// `memcmp`, not `elementsEqual`, whose iterators cost ~200 instructions
  /// to compare a six-byte key (4.1 M of `lint`'s 1,134 M on the one-file
  /// plan at 100k, in `isScalar(_:)` alone).
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return a.isEmpty }
    return memcmp(x, y, a.count) == 0
  }

  /// Whether a text has exactly `word`'s bytes.
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
    let utf8 = word.utf8
    guard bytes.count == utf8.count else { return false }
    return utf8.withContiguousStorageIfAvailable { equal(bytes, $0) }
      ?? bytes.elementsEqual(utf8)
  }

  /// Whether every byte is ASCII.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy { $0 < 0x80 }
  }
}
