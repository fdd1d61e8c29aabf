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
  private var positions: [String: Int]
  private var ids: [String]
  private var statuses: [InstanceStatus]

  /// An empty table with room for `capacity` entries.
  public init(minimumCapacity capacity: Int = 0) {
    positions = Dictionary(minimumCapacity: capacity)
    ids = []
    statuses = []
    ids.reserveCapacity(capacity)
    statuses.reserveCapacity(capacity)
  }

  public init(dictionaryLiteral elements: (String, InstanceStatus)...) {
    self.init(minimumCapacity: elements.count)
    for (id, status) in elements { self[id] = status }
  }

  /// The entry of an instance; setting `nil` removes it (the last entry
  /// takes its place).
  public subscript(id: String) -> InstanceStatus? {
    get { positions[id].map { statuses[$0] } }
    set {
      guard let newValue else {
        remove(id)
        return
      }
      // One hash probe for a new id, the common case.
      if let position = positions.updateValue(statuses.count, forKey: id) {
        positions[id] = position
        statuses[position] = newValue
      } else {
        ids.append(id)
        statuses.append(newValue)
      }
    }
  }

  private mutating func remove(_ id: String) {
    guard let position = positions.removeValue(forKey: id) else { return }
    let last = statuses.count - 1
    if position != last {
      ids.swapAt(position, last)
      statuses.swapAt(position, last)
      positions[ids[position]] = position
    }
    ids.removeLast()
    statuses.removeLast()
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
