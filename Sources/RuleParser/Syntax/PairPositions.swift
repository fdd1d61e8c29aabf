/// For each allowed key of a mapping (by its position in the allowed
/// list), the position of its pair in the mapping, if it has one.
///
/// Four bits a key in one word when the keys and pairs are few enough
/// (every mapping of a plan), else an array: reading an entry allocates
/// nothing for its key table.
struct PairPositions {
  /// Nibble `k` is the position of key `k`'s pair plus one, 0 when absent.
  private var packed: UInt64 = 0
  /// The positions (-1 when absent), when they do not fit in `packed`.
  private var spilled: [Int]?

  /// Room for `allowedCount` keys of a mapping of `pairCount` pairs, none present yet.
  init(allowedCount: Int, pairCount: Int) {
    if allowedCount > 16 || pairCount > 15 {
      spilled = Array(repeating: -1, count: allowedCount)
    }
  }

  /// The position of the pair of the allowed key `key`, if present.
  subscript(key: Int) -> Int? {
    if let spilled { return spilled[key] < 0 ? nil : spilled[key] }
    let nibble = Int(truncatingIfNeeded: packed >> UInt64(key * 4) & 0xF)
    return nibble == 0 ? nil : nibble - 1
  }

  /// Records that the allowed key `key` has its pair at `position`.
  mutating func set(_ position: Int, forKey key: Int) {
    guard spilled == nil else {
      spilled?[key] = position
      return
    }
    let shift = UInt64(key * 4)
    packed = packed & ~(0xF << shift) | UInt64(position + 1) << shift
  }
}
