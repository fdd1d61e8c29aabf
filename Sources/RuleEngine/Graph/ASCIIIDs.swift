import Foundation

/// ASCII ids in one byte buffer, sorted in byte order (which is `String`
/// order for ASCII).
///
/// Sorting a million instance ids as `String`s spends most of its time in
/// the general comparison of Unicode text; here each id is a range of one
/// buffer, compared first by its first 16 bytes as two big-endian integers
/// and then by `memcmp` of the rest. The unsafe part is confined to this
/// type: building it writes each id's bytes straight into the buffer, and
/// the comparison reads the buffer through a pointer that is valid for the
/// whole sort.
struct ASCIIIDs {
  /// One id: its first 16 bytes (zero-padded), where it is in `bytes`, and
  /// its position in the list given.
  private struct Key {
    var high: UInt64
    var low: UInt64
    var start: UInt32
    var count: UInt32
    var position: Int
  }

  /// Every id's bytes, one after another.
  private var bytes: [UInt8] = []
  private var keys: [Key] = []

  /// The ids, or `nil` when one has a character outside ASCII (or the
  /// bytes would not fit 32-bit offsets).
  init?(_ ids: [String]) {
    var total = 0
    for id in ids { total += id.utf8.count }
    guard total < Int(UInt32.max) else { return nil }
    var isASCII = true
    var keys: [Key] = []
    keys.reserveCapacity(ids.count)
    // Each id's bytes are copied straight into the buffer, and its key
    // read from the copy.
    bytes = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      for (position, id) in ids.enumerated() {
        let count =
          id.utf8.withContiguousStorageIfAvailable { utf8 in
            Self.copy(utf8, to: base + initialized)
          } ?? Self.copy(Array(id.utf8), to: base + initialized)
        guard let count else {
          isASCII = false
          return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { words in
          words.copyMemory(
            from: UnsafeRawBufferPointer(start: base + initialized, count: min(count, 16)))
        }
        keys.append(
          Key(
            high: UInt64(bigEndian: words.0), low: UInt64(bigEndian: words.1),
            start: UInt32(initialized), count: UInt32(count), position: position))
        initialized += count
      }
    }
    guard isASCII else { return nil }
    self.keys = keys
  }

  /// Copies `utf8` to `destination` and returns its length, or `nil` (and
  /// copies nothing) when it has a byte outside ASCII.
  private static func copy(
    _ utf8: some Collection<UInt8>, to destination: UnsafeMutablePointer<UInt8>
  )
    -> Int?
  {
    var high: UInt8 = 0
    for byte in utf8 { high |= byte }
    guard high < 0x80 else { return nil }
    return UnsafeMutableBufferPointer(start: destination, count: utf8.count)
      .initialize(fromContentsOf: utf8)
  }

  /// The positions of the ids in byte order (equal ids keep their order).
  ///
  /// `start`, a permutation of the positions, is the order the sort starts
  /// from: the order found does not depend on it, but the sort finds runs
  /// already in order, so an order close to the result makes it nearly
  /// linear.
  ///
  /// - Complexity: O(n log n) comparisons; O(n) when `start` is in order.
  func sortedPositions(from start: [Int]? = nil) -> [Int] {
    var keys = start.map { $0.map { self.keys[$0] } } ?? keys
    bytes.withUnsafeBufferPointer { bytes in
      let base = bytes.baseAddress
      keys.sort { lhs, rhs in
        if lhs.high != rhs.high { return lhs.high < rhs.high }
        if lhs.low != rhs.low { return lhs.low < rhs.low }
        if lhs.count > 16 || rhs.count > 16, let base {
          let left = lhs.count > 16 ? Int(lhs.count) - 16 : 0
          let right = rhs.count > 16 ? Int(rhs.count) - 16 : 0
          let order = memcmp(
            base + Int(lhs.start) + 16, base + Int(rhs.start) + 16, min(left, right))
          if order != 0 { return order < 0 }
        }
        if lhs.count != rhs.count { return lhs.count < rhs.count }
        return lhs.position < rhs.position
      }
    }
    return keys.map(\.position)
  }
}
