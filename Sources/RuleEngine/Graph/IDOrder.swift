/// Sorting and finding the graph's values by id, in `String` order.
///
/// Ids are ASCII (the language's ids are letters, digits, `.`, `-`, `_`,
/// and instance ids add `@` and `#`), for which `String` order is byte
/// order. Sorting compares the first 24 bytes of each id as three integers
/// before it compares whole ids, which makes sorting a million instance ids
/// several times faster; ids with other characters are sorted by `String`
/// comparison alone.
enum IDOrder {
  /// The positions of `ids` in the order of the ids (`String` order; equal
  /// ids keep their order).
  ///
  /// - Complexity: O(n log n) comparisons.
  static func sortedPositions(_ ids: [String]) -> [Int] {
    var keys: [Key] = []
    keys.reserveCapacity(ids.count)
    for (position, id) in ids.enumerated() {
      guard let key = Key(id, position: position) else {
        return ids.indices.sorted { ids[$0] < ids[$1] }
      }
      keys.append(key)
    }
    keys.sort { lhs, rhs in
      if lhs.high != rhs.high { return lhs.high < rhs.high }
      if lhs.middle != rhs.middle { return lhs.middle < rhs.middle }
      if lhs.low != rhs.low { return lhs.low < rhs.low }
      return (lhs.isLong || rhs.isLong) && ids[lhs.position] < ids[rhs.position]
    }
    return keys.map(\.position)
  }

  /// The position of the first element of `sorted` (sorted by `id`) whose
  /// id is `id`, if any.
  ///
  /// - Complexity: O(log n) comparisons.
  static func position<Element>(
    of id: String, in sorted: [Element], id elementID: (Element) -> String
  ) -> Int? {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = low + (high - low) / 2
      if elementID(sorted[middle]) < id { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && elementID(sorted[low]) == id ? low : nil
  }

  /// The first 24 bytes of an ASCII id as three big-endian integers
  /// (zero-padded), with the id's position.
  private struct Key {
    var high: UInt64 = 0
    var middle: UInt64 = 0
    var low: UInt64 = 0
    /// Whether the id is longer than 24 bytes (equal keys of two shorter
    /// ids are equal ids, as they have no NUL byte).
    var isLong = false
    var position: Int

    /// The key of an ASCII id, or `nil` when the id has another character
    /// or a NUL.
    init?(_ id: String, position: Int) {
      self.position = position
      var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
      let isASCII = id.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        var isASCII = true
        for index in bytes.indices {
          let byte = bytes[index]
          isASCII = isASCII && byte &- 1 < 0x7F  // 1 to 0x7F
          let shift = UInt64(56 - 8 * (index % 8))
          switch index {
          case 0..<8: words.0 |= UInt64(byte) << shift
          case 8..<16: words.1 |= UInt64(byte) << shift
          case 16..<24: words.2 |= UInt64(byte) << shift
          default: break
          }
        }
        return isASCII
      }
      guard isASCII == true else { return nil }
      (high, middle, low) = words
      isLong = id.utf8.count > 24
    }
  }
}
