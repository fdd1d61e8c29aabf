/// Sorting and finding the graph's values by id, in `String` order.
///
/// Ids are ASCII (the language's ids are letters, digits, `.`, `-`, `_`,
/// and instance ids add `@` and `#`), for which `String` order is byte
/// order. Sorting compares the first sixteen bytes of each id as two
/// integers before it compares whole ids, which makes sorting a million
/// instance ids several times faster; ids with other characters are sorted
/// by `String` comparison alone.
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
      if lhs.low != rhs.low { return lhs.low < rhs.low }
      return ids[lhs.position] < ids[rhs.position]
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

  /// The first sixteen bytes of an ASCII id as two big-endian integers
  /// (zero-padded), with the id's position.
  private struct Key {
    var high: UInt64
    var low: UInt64
    var position: Int

    /// The key of an ASCII id, or `nil` when the id has another character.
    init?(_ id: String, position: Int) {
      let key = id.utf8.withContiguousStorageIfAvailable { bytes -> (UInt64, UInt64)? in
        var high: UInt64 = 0
        var low: UInt64 = 0
        var nonASCII: UInt8 = 0
        for index in bytes.indices {
          let byte = bytes[index]
          nonASCII |= byte & 0x80
          if index < 8 {
            high |= UInt64(byte) << (56 - 8 * index)
          } else if index < 16 {
            low |= UInt64(byte) << (56 - 8 * (index - 8))
          }
        }
        return nonASCII == 0 ? (high, low) : nil
      }
      guard let key, let (high, low) = key else { return nil }
      self.high = high
      self.low = low
      self.position = position
    }
  }
}
