public import RuleParser

/// A snapshot's entries by instance id: what `[String: InstanceStatus]`
/// would hold, laid out for a million entries.
///
/// A dictionary keeps its values in a hash table that stands at most three
/// quarters full, and an entry is some 400 bytes: at a million entries that
/// is about 900 MB, most of it empty buckets. Here the entries stand densely
/// in one array, in the order they were added (so iteration is
/// deterministic), and only the small id-to-position index is hashed.
public struct InstanceStatusTable: Sendable, Sequence, ExpressibleByDictionaryLiteral {
  /// Each id's position in `ids` and `statuses`.
  private var positions = InstanceIDIndex()
  private var ids: [String] = []
  private var statuses: [InstanceStatus] = []

  /// An empty table with room for `capacity` entries.
  public init(minimumCapacity capacity: Int = 0) {
    reserveCapacity(capacity)
  }

  /// Makes room for `capacity` entries in all.
  public mutating func reserveCapacity(_ capacity: Int) {
    positions.reserveCapacity(capacity)
    ids.reserveCapacity(capacity)
    statuses.reserveCapacity(capacity)
  }

  /// The position of an instance's entry.
  private func position(of id: String) -> Int? { positions.position(of: id, in: ids) }

  public init(dictionaryLiteral elements: (String, InstanceStatus)...) {
    self.init(minimumCapacity: elements.count)
    for (id, status) in elements { set(status, for: id) }
  }

  /// The entry of an instance.
  public subscript(id: String) -> InstanceStatus? { position(of: id).map { statuses[$0] } }

  /// The entry at `position`, a position `InOrderLookup` found.
  subscript(position position: Int) -> InstanceStatus { statuses[position] }

  /// The position of an instance's entry, trying `expected` first: an id
  /// compared where it is expected costs less than hashing it.
  func position(of id: String, expected: Int) -> Int? {
    if expected < ids.count, ids[expected] == id { return expected }
    return position(of: id)
  }

  /// Whether the instance has an entry (without copying the entry out).
  public func contains(_ id: String) -> Bool { position(of: id) != nil }

  /// The status an instance's entry reports, without copying the entry out.
  public func status(of id: String) -> InstanceProgress? {
    position(of: id).map { statuses[$0].status.value }
  }

  /// Where the entry of an instance is written (its id), without copying
  /// the entry out.
  public func range(of id: String) -> SourceRange? {
    position(of: id).map { statuses[$0].instance.range }
  }

  /// Where the entry at `position` (a position `position(of:expected:)`
  /// found, or any position below `count`) is written.
  func range(at position: Int) -> SourceRange { statuses[position].instance.range }

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
      contentsOf: (ids.count - unindexedHashes.count)..<ids.count, hashes: unindexedHashes,
      in: ids)
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
    reserveCapacity(count + order.count)
    let hashes = other.hashesByPosition()
    for position in order {
      let id = other.ids[position]
      if let found = positions.insert(id, hash: hashes[position], at: ids.count, in: ids) {
        present(statuses[found], other.statuses[position])
      } else {
        ids.append(id)
        statuses.append(other.statuses[position])
      }
    }
  }

  /// The hash of the id at each position: read from the index for the ids
  /// indexed, worked out for any appended since.
  private func hashesByPosition() -> [UInt32] {
    positions.hashesByPosition(count: ids.count - unindexedHashes.count) + unindexedHashes
  }

  /// Adds the entry of an instance, or replaces it in its place.
  ///
  /// The entry is taken, not copied: a million entries are each read and
  /// set once, and copying one cost some 150 instructions of reference
  /// counting.
  public mutating func set(_ status: consuming InstanceStatus, for id: String) {
    set(status, for: id, hash: InstanceIDIndex.hash(id))
  }

  /// Adds the entry of an instance, or replaces it in its place, given the
  /// id's hash (`InstanceIDIndex.hash`): a snapshot's reader works it out
  /// from the id's bytes where they stand in the file, without reading
  /// the id's string (its reference counted twice) when it is indexed.
  mutating func set(_ status: consuming InstanceStatus, for id: String, hash: UInt32) {
    if defersIndexing {
      ids.append(id)
      statuses.append(status)
      unindexedHashes.append(hash)
      return
    }
    // One probe for a new id, the common case.
    if let position = positions.insert(id, hash: hash, at: ids.count, in: ids) {
      statuses[position] = status
    } else {
      ids.append(id)
      statuses.append(status)
    }
  }

  /// The number of entries.
  public var count: Int { statuses.count }

  /// Whether there are no entries.
  public var isEmpty: Bool { statuses.isEmpty }

  /// The instance ids, in the order they were added.
  public var keys: [String] { ids }

  /// The entries, in the order they were added.
  public var values: [InstanceStatus] { statuses }

  public func makeIterator() -> some IteratorProtocol<(key: String, value: InstanceStatus)> {
    zip(ids, statuses).lazy.map { (key: $0, value: $1) }.makeIterator()
  }
}
