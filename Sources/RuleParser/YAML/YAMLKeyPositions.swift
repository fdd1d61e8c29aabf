/// The positions of a large mapping's pairs by key, for finding a key
/// written twice as each pair arrives.
///
/// An open-addressing table (linear probing, at most three quarters full)
/// of pair positions, each kept beside its key's hash: a key is hashed
/// once, and growing the table moves the entries without hashing any key
/// again. The `[YAMLKeyIdentity: Int]` dictionary it replaces hashed each
/// key once on insertion and once more at every doubling: 1,185
/// instructions a key of a 1,000-obligation file (13.0 M of `lint`'s
/// 1,166 M on the ten-file plan at 100k); with this table the check of a
/// mapping's keys (`YAMLOpenCollection.earlierPosition`) went from 20.7 M
/// to 13.5 M.
///
/// Keys are hashed and compared by `YAMLKeyHash` (`insert(key:at:_:keyAt:)`),
/// as `YAMLKeyIdentity` would: two keys are the same here exactly when
/// they are the same identity.
struct YAMLKeyPositions {
  /// The smallest table: room for 24 keys.
  private static let initialCapacity = 32

  /// Each slot's pair position plus one; 0 for an empty slot.
  private var slots: [Int]
  /// The hash of each slot's key.
  private var hashes: [Int]
  private var count = 0

  /// An empty table with room for `keys` keys.
  init(keys: Int) {
    var capacity = Self.initialCapacity
    while capacity * 3 < keys * 4 { capacity *= 2 }
    self.init(capacity: capacity)
  }

  /// An empty table of `capacity` slots (a power of two).
  private init(capacity: Int) {
    slots = Array(repeating: 0, count: capacity)
    hashes = Array(repeating: 0, count: capacity)
  }

  /// Records that the pair at `position` has a key whose identity hashes
  /// to `hash`, unless an earlier pair has the same key (`isSameKey` says
  /// whether the pair at a position has it): then returns that pair's
  /// position, recording nothing.
  mutating func insert(hash: Int, at position: Int, isSameKey: (Int) -> Bool) -> Int? {
    if (count + 1) * 4 > slots.count * 3 { grow() }
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] != 0 {
      let earlier = slots[slot] - 1
      if hashes[slot] == hash, isSameKey(earlier) { return earlier }
      slot = (slot + 1) & mask
    }
    slots[slot] = position + 1
    hashes[slot] = hash
    count += 1
    return nil
  }

  /// Doubles the table, placing each entry by its kept hash.
  private mutating func grow() {
    var grown = YAMLKeyPositions(capacity: slots.count * 2)
    let mask = grown.slots.count - 1
    for (entry, hash) in zip(slots, hashes) where entry != 0 {
      var slot = hash & mask
      while grown.slots[slot] != 0 { slot = (slot + 1) & mask }
      grown.slots[slot] = entry
      grown.hashes[slot] = hash
    }
    grown.count = count
    self = grown
  }
}
