import Foundation

/// A text compared and hashed by its UTF-8 bytes: a dictionary key that
/// tells apart what differs in bytes (even canonically equivalent
/// spellings) and skips the Unicode normalisation of `String`'s hashing.
public struct ByteSpelling: Hashable {
  /// The text.
  public var text: String

  /// The text as a key.
  public init(text: String) {
    self.text = text
  }

  public static func == (lhs: ByteSpelling, rhs: ByteSpelling) -> Bool {
    guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
    let equal: Bool?? = lhs.text.utf8.withContiguousStorageIfAvailable { left in
      rhs.text.utf8.withContiguousStorageIfAvailable { right in
        guard let leftBytes = left.baseAddress, let rightBytes = right.baseAddress else {
          return true  // both empty: the counts are equal
        }
        return memcmp(leftBytes, rightBytes, left.count) == 0
      }
    }
    return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }

  public func hash(into hasher: inout Hasher) {
    let hashed: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
      return true
    }
    if hashed == nil {
      for byte in text.utf8 { hasher.combine(byte) }
    }
  }
}
