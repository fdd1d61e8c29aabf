public import RuleParser

/// A snapshot's entries by instance id: what `[String: InstanceStatus]`
/// would hold, laid out for a million entries.
///
/// A dictionary keeps its values in a hash table that stands at most three
/// quarters full, and an entry is some 400 bytes: at a million entries that
/// is about 900 MB, most of it empty buckets. Here the entries stand densely
/// in one array, in the order they were added (so iteration is
/// deterministic), each in its stored form (`StoredEntry`, its id's bytes
/// in `ids`), and only the small id-to-position index is hashed. An
/// `InstanceStatus` is made only when one is asked for; the check reads
/// an entry's fields where they stand (`subscript(position:)`, and
/// `keptWhole(at:)` for the fields few entries give).
public struct InstanceStatusTable: Sendable, Sequence, ExpressibleByDictionaryLiteral {
  /// Each id's position in `ids` and `entries`.
  private var positions = InstanceIDIndex()
  private var ids = InstanceIDStore()
  private var entries: [StoredEntry] = []
  /// The entries the stored form does not hold all of
  /// (`StoredEntry.wholePosition`).
  private var wholes: [InstanceStatus] = []

  /// An empty table with room for `capacity` entries.
  public init(minimumCapacity capacity: Int = 0) {
    reserveCapacity(capacity)
  }

  /// Makes room for `capacity` entries in all.
  public mutating func reserveCapacity(_ capacity: Int) {
    reserveCapacity(capacity, idBytes: ids.byteCount + (capacity - count) * Self.bytesPerID)
  }

  /// Makes room for `capacity` entries in all, whose ids take `idBytes`
  /// bytes in all.
  mutating func reserveCapacity(_ capacity: Int, idBytes: Int) {
    positions.reserveCapacity(capacity)
    ids.reserveCapacity(ids: capacity, bytes: idBytes)
    entries.reserveCapacity(capacity)
  }

  /// The bytes of an id, as reserved for one not yet seen: an id such as
  /// `f00.o00000@b000-00` takes 18.
  private static let bytesPerID = 24

  /// The position of an instance's entry.
  func position(of id: String) -> Int? {
    InstanceIDStore.withUTF8(id) { bytes in
      positions.position(hash: InstanceIDIndex.hash(bytes: bytes)) { ids.id(at: $0, is: bytes) }
    }
  }

  public init(dictionaryLiteral elements: (String, InstanceStatus)...) {
    self.init(minimumCapacity: elements.count)
    for (id, status) in elements { set(status, for: id) }
  }

  /// The entry of an instance.
  public subscript(id: String) -> InstanceStatus? {
    position(of: id).map { entry(at: $0, id: id) }
  }

  /// The entry at `position`, a position `InOrderLookup` found, as it is
  /// stored: its fields are read in place.
  subscript(position position: Int) -> StoredEntry { entries[position] }

  /// The entry at `position` (below `count`).
  func entry(at position: Int) -> InstanceStatus {
    entry(at: position, id: ids.string(at: position))
  }

  /// The entry at `position` (below `count`), whose id is `id`.
  private func entry(at position: Int, id: @autoclosure () -> String) -> InstanceStatus {
    let stored = entries[position]
    return stored.isKeptWhole ? wholes[Int(stored.wholePosition)] : stored.entry(id: id())
  }

  /// The entry at `position` (below `count`) when it is kept whole: when it
  /// gives one of the fields few entries give, or its ranges are not
  /// spans of their lines; else `nil`.
  func keptWhole(at position: Int) -> InstanceStatus? {
    let stored = entries[position]
    return stored.isKeptWhole ? wholes[Int(stored.wholePosition)] : nil
  }

  // The fields few entries give, read where they are without the entry
  // made (an optional entry's 185 bytes were copied three times for each
  // instance evaluated, 170 instructions).

  /// When the result of the entry at `position` was made public.
  func published(at position: Int) -> Day? {
    let stored = entries[position]
    return stored.isKeptWhole ? wholes[Int(stored.wholePosition)].published?.value : nil
  }

  /// Whether the report of the entry at `position` was found untrue.
  func falseReport(at position: Int) -> Bool? {
    let stored = entries[position]
    return stored.isKeptWhole ? wholes[Int(stored.wholePosition)].falseReport?.value : nil
  }

  /// The share done of the entry at `position`.
  func progress(at position: Int) -> Double? {
    let stored = entries[position]
    return stored.isKeptWhole ? wholes[Int(stored.wholePosition)].progress?.value : nil
  }

  /// The instance id of the entry at `position` (below `count`).
  func id(at position: Int) -> String { ids.string(at: position) }

  /// Whether the instance id of the entry at `position` (below `count`) is
  /// `id`, told without making a string of it.
  func id(at position: Int, is id: String) -> Bool {
    InstanceIDStore.withUTF8(id) { ids.id(at: position, is: $0) }
  }

  /// The position of an instance's entry, trying `expected` first: an id
  /// compared where it is expected costs less than hashing it.
  func position(of id: String, expected: Int) -> Int? {
    InstanceIDStore.withUTF8(id) { bytes in
      if expected < ids.count, ids.id(at: expected, is: bytes) { return expected }
      return positions.position(hash: InstanceIDIndex.hash(bytes: bytes)) {
        ids.id(at: $0, is: bytes)
      }
    }
  }

  /// Whether the instance has an entry (without making the entry).
  public func contains(_ id: String) -> Bool { position(of: id) != nil }

  /// The status an instance's entry reports, without making the entry.
  public func status(of id: String) -> InstanceProgress? {
    position(of: id).map { entries[$0].status }
  }

  /// Where the entry of an instance is written (its id), without making
  /// the entry.
  public func range(of id: String) -> SourceRange? {
    position(of: id).map(range(at:))
  }

  /// Where the entry at `position` (a position `position(of:expected:)`
  /// found, or any position below `count`) is written.
  func range(at position: Int) -> SourceRange {
    let stored = entries[position]
    return stored.isKeptWhole ? wholes[Int(stored.wholePosition)].instance.range : stored.idRange
  }

  /// Whether `set` appends without indexing.
  ///
  /// `indexAppended()` then indexes the ids together: how a stream of many
  /// entries is read. Until then the entries appended are not found by id,
  /// and an id set twice is appended twice.
  var defersIndexing = false
  /// The hashes of the last entries' ids, not indexed yet, in order.
  private var unindexedHashes: [UInt32] = []

  /// Indexes the ids appended since `defersIndexing` was set or this was
  /// last called.
  ///
  /// - Returns: `true`; or `false` when one of them was there already. The
  ///   table then holds that id twice and is to be dropped.
  mutating func indexAppended() -> Bool {
    defer { unindexedHashes.removeAll(keepingCapacity: true) }
    return positions.insert(
      contentsOf: (ids.count - unindexedHashes.count)..<ids.count, hashes: unindexedHashes
    ) { [ids] in ids.id(at: $0, isIDAt: $1) }
  }

  /// The number of entries appended and not yet indexed.
  var unindexedCount: Int { unindexedHashes.count }

  /// Adds the entries of `other`, taken in `order` (positions in `other`),
  /// whose instances have no entry here, and calls `present` with the entry
  /// already there and the one not added for each other (one look-up each,
  /// where asking and then adding take two).
  ///
  /// `other`'s ids are not hashed again: its index holds their hashes
  /// (`InstanceIDIndex.hashesByPosition(count:)`), and merging the files of
  /// a snapshot in ten parts hashed each of a million ids a second time.
  mutating func addIfAbsent(
    entriesOf other: InstanceStatusTable, inOrder order: [Int],
    present: (_ existing: InstanceStatus, _ entry: InstanceStatus) -> Void
  ) {
    reserveCapacity(count + order.count, idBytes: ids.byteCount + other.ids.byteCount)
    let hashes = other.hashesByPosition()
    for position in order {
      // The other id, compared in place with those its hash meets here.
      let found = positions.insert(hash: hashes[position], at: ids.count) { [ids] in
        ids.id(at: $0, isIDAt: position, of: other.ids)
      }
      if let found {
        present(entry(at: found), other.entry(at: position))
      } else {
        ids.append(idAt: position, of: other.ids)
        var entry = other.entries[position]
        if let whole = other.keptWhole(at: position) { entry.wholePosition = keep(whole) }
        entries.append(entry)
      }
    }
  }

  /// The hash of the id at each position: read from the index for the ids
  /// indexed, worked out for any appended since.
  private func hashesByPosition() -> [UInt32] {
    positions.hashesByPosition(count: ids.count - unindexedHashes.count) + unindexedHashes
  }

  /// Adds the entry of an instance, or replaces it in its place.
  public mutating func set(_ status: InstanceStatus, for id: String) {
    InstanceIDStore.withUTF8(id) { set(status, forID: $0) }
  }

  /// Adds the entry of an instance whose id has these UTF-8 bytes, or
  /// replaces it in its place: stored as its values and spans when they
  /// hold all of it, else kept whole.
  mutating func set(_ status: InstanceStatus, forID id: UnsafeBufferPointer<UInt8>) {
    if !status.hasRareFields,
      let stored = StoredEntry(
        id: status.instance.range, status: status.status, completed: status.completed,
        reported: status.reported)
    {
      set(stored, forID: id)
    } else {
      set(StoredEntry(status, wholePosition: keep(status)), forID: id)
    }
  }

  /// Keeps an entry whole and returns where (`StoredEntry.wholePosition`).
  ///
  /// An entry replaced stays kept, unused: entries are replaced rarely, and
  /// kept whole more rarely still.
  private mutating func keep(_ entry: InstanceStatus) -> Int32 {
    guard let position = Int32(exactly: wholes.count) else {
      preconditionFailure("a snapshot keeps at most 2³¹ entries whole")
    }
    wholes.append(entry)
    return position
  }

  /// Adds the entry of an instance whose id has these UTF-8 bytes, or
  /// replaces it in its place: a snapshot's reader hands over the id's
  /// bytes where they stand in the file, and no string is made of them.
  mutating func set(_ entry: StoredEntry, forID id: UnsafeBufferPointer<UInt8>) {
    let hash = InstanceIDIndex.hash(bytes: id)
    if defersIndexing {
      ids.append(id)
      entries.append(entry)
      unindexedHashes.append(hash)
      return
    }
    // One probe for a new id, the common case.
    if let position = positions.insert(
      hash: hash, at: ids.count, isSame: { ids.id(at: $0, is: id) })
    {
      entries[position] = entry
    } else {
      ids.append(id)
      entries.append(entry)
    }
  }

  /// The number of entries.
  public var count: Int { entries.count }

  /// Whether there are no entries.
  public var isEmpty: Bool { entries.isEmpty }

  /// The instance ids, in the order they were added.
  public var keys: [String] { (0..<count).map(id(at:)) }

  /// The entries, in the order they were added.
  public var values: [InstanceStatus] { (0..<count).map(entry(at:)) }

  public func makeIterator() -> some IteratorProtocol<(key: String, value: InstanceStatus)> {
    (0..<count).lazy.map { [self] in
      let id = id(at: $0)
      return (key: id, value: entry(at: $0, id: id))
    }.makeIterator()
  }
}
