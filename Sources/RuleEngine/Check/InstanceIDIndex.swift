/// The positions of instance ids, found by hash: the index of
/// `InstanceStatusTable`, which keeps the ids and tells two apart.
///
/// `[String: Int]` would do, but it keeps no hashes: every slot probed on
/// the way to a new id's place costs a comparison of two ids of the same
/// length, and at a million entries inserting them was a quarter of reading
/// a snapshot. Here a slot holds the id's hash beside its position, so ids
/// are compared only when their hashes agree, and growing moves slots
/// without hashing an id again. The hashes are keyed at random per
/// process (`hash(bytes:)`), as Swift's are seeded: input written to collide
/// would have to know the keys.
struct InstanceIDIndex: Sendable {
  /// An id's place: its hash and its position (`-1`: the slot is free).
  private struct Slot {
    var hash: UInt32
    var position: Int32

    static let free = Slot(hash: 0, position: -1)
  }

  /// How many ids are hashed together before their slots are probed
  /// (`insert(contentsOf:in:)`): few enough that
  /// their hashes stay in the cache, enough that the probes' cache misses
  /// overlap.
  static let idsPerBatch = 256

  /// Open addressing with linear probing; the count is a power of two and
  /// at most five eighths of the slots are taken (`holds`).
  private var slots = [Slot](repeating: .free, count: 8)
  private var count = 0

  /// Makes room for `capacity` ids in all without growing.
  mutating func reserveCapacity(_ capacity: Int) {
    var size = slots.count
    while !Self.holds(capacity, inSlots: size) { size *= 2 }
    if size > slots.count { rebuild(size: size) }
  }

  /// Whether a table of `size` slots takes `count` ids: when at most five
  /// eighths of its slots are taken.
  ///
  /// A slot is 8 bytes and a probe reads a cache line of eight, so a table
  /// so full still finds nearly every id in the line it starts in; at half
  /// full, the room reserved for a 57 MB snapshot of a million entries (1.19
  /// million ids, at 48 bytes an entry) took 4 M slots, 32 MB, where 2 M
  /// slots take it at five eighths: half the pages to fault in and to miss.
  private static func holds(_ count: Int, inSlots size: Int) -> Bool {
    count * 8 <= size * 5
  }

  /// The position of the id whose hash is `hash` (`hash(bytes:)`); `isSame`
  /// tells, given a position, whether the id there is the one sought.
  func position(hash: UInt32, isSame: (Int) -> Bool) -> Int? {
    let mask = slots.count - 1
    var index = Int(hash) & mask
    while true {
      let slot = slots[index]
      if slot.position < 0 { return nil }
      if slot.hash == hash, isSame(Int(slot.position)) { return Int(slot.position) }
      index = (index + 1) & mask
    }
  }

  /// Records the ids at `positions`, whose hashes are `hashes` (`hash(bytes:)`,
  /// in the same order), and returns `true`; or, at the first of them that
  /// is there already, stops and returns `false` (`isSame` tells whether
  /// the ids at two positions are the same).
  ///
  /// The hashes are worked out before, then the slots probed together: the
  /// probes are independent loads, so the processor waits for their cache
  /// misses side by side instead of one after the other, as it does when
  /// each id is recorded between reading one entry and the next. At a
  /// million ids the table is far larger than the cache and nearly every
  /// probe misses. An id is read only where a slot's hash is its own.
  mutating func insert(
    contentsOf positions: Range<Int>, hashes: [UInt32], isSame: (Int, Int) -> Bool
  ) -> Bool {
    reserveCapacity(count + positions.count)
    for (position, hash) in zip(positions, hashes)
    where place(hash: hash, at: position, isSame: { isSame($0, position) }) != nil {
      return false
    }
    return true
  }

  /// Records that the id whose hash is `hash` (`hash(bytes:)`) stands at
  /// `position` and returns `nil`, or, when it is there already (`isSame`
  /// tells, given a position, whether the id there is the one placed),
  /// records nothing and returns where it stands.
  mutating func insert(hash: UInt32, at position: Int, isSame: (Int) -> Bool) -> Int? {
    if !Self.holds(count + 1, inSlots: slots.count) { rebuild(size: slots.count * 2) }
    return place(hash: hash, at: position, isSame: isSame)
  }

  /// Records `position` under `hash` and returns `nil`, or returns the
  /// position of an id there already (`isSame` tells, given a position,
  /// whether the id there is the one placed); the table has room.
  ///
  /// Always inlined: each caller's comparison is then made in place, and
  /// the id being placed is read only where a slot's hash is its own.
  @inline(__always)
  private mutating func place(hash: UInt32, at position: Int, isSame: (Int) -> Bool) -> Int? {
    let mask = slots.count - 1
    var index = Int(hash) & mask
    while slots[index].position >= 0 {
      let slot = slots[index]
      if slot.hash == hash, isSame(Int(slot.position)) { return Int(slot.position) }
      index = (index + 1) & mask
    }
    slots[index] = Slot(hash: hash, position: Int32(position))
    count += 1
    return nil
  }

  /// The hash of the id at each position below `count`, read from the
  /// slots; every one of those positions must be recorded here.
  func hashesByPosition(count: Int) -> [UInt32] {
    var hashes = [UInt32](repeating: 0, count: count)
    for slot in slots where slot.position >= 0 { hashes[Int(slot.position)] = slot.hash }
    return hashes
  }

  /// Moves every slot into a table of `size` slots, by its stored hash.
  private mutating func rebuild(size: Int) {
    var grown = [Slot](repeating: .free, count: size)
    let mask = size - 1
    for slot in slots where slot.position >= 0 {
      var index = Int(slot.hash) & mask
      while grown[index].position >= 0 { index = (index + 1) & mask }
      grown[index] = slot
    }
    slots = grown
  }
}
