/// Each body's position in `graph.bodies`, found by its id.
///
/// A check asks for the body of every instance, violation and escalation: a
/// million look-ups at a million instances, of a few hundred short ids. The
/// standard string hash (seeded SipHash) cost some 370 instructions each;
/// here an id is hashed by its bytes with FNV-1a into a table at most half
/// full, and the id found there compared once.
struct BodyPositions {
  /// The bodies' ids, in `graph.bodies` order.
  private let ids: [String]
  /// For each slot, a position in `ids` plus one, or 0 when empty; a power
  /// of two slots, probed one after another from the id's hash.
  private let slots: [Int32]

  /// The positions of `graph`'s bodies (of an id given twice, the last).
  init(graph: ObligationGraph) {
    ids = graph.bodies.map(\.id)
    var size = 16
    while size < ids.count * 2 { size *= 2 }
    var slots = [Int32](repeating: 0, count: size)
    for (position, id) in ids.enumerated() {
      var slot = Self.hash(id) & (size - 1)
      while slots[slot] != 0, ids[Int(slots[slot]) - 1] != id { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(position + 1)
    }
    self.slots = slots
  }

  /// How many bodies the plan has: every position is below it.
  var count: Int { ids.count }

  /// The position of the body `id`, `nil` when the plan has no such body.
  func position(of id: String) -> Int? {
    let mask = slots.count - 1
    var slot = Self.hash(id) & mask
    while slots[slot] != 0 {
      let position = Int(slots[slot]) - 1
      if ids[position] == id { return position }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// FNV-1a of the id's UTF-8 bytes, its halves folded together.
  private static func hash(_ id: String) -> Int {
    // The bytes are read where they stand (a short id's from its own
    // bits): stepping through `utf8` one index at a time cost five times
    // as much.
    id.utf8.withContiguousStorageIfAvailable(hash(bytes:)) ?? hash(bytes: Array(id.utf8))
  }

  private static func hash(bytes: some Collection<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}
