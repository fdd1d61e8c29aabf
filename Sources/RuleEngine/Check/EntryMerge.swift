/// The entries of a snapshot's inputs merged by instance, as
/// `SnapshotMerge` merges them: each input's entries whose instances have
/// none yet are added, in the order they are written, and the pairs of
/// entries that disagree are kept, input by input, for the merge to report.
///
/// Apart from the rest of the merge so that the snapshot files loaded early
/// (`SnapshotPrefetch`) can be merged there, on the core the rules leave
/// free, rather than on the main thread once the rules are loaded.
struct EntryMerge {
  /// An entry already there, and the entry of a later input for the same
  /// instance that says something else.
  struct Conflict {
    /// The entry kept.
    let existing: InstanceStatus
    /// The later entry, not added.
    let entry: InstanceStatus
  }

  /// The entries merged so far.
  private(set) var table: InstanceStatusTable
  /// The pairs that disagree, by the input (its position among the inputs)
  /// whose entry was not added.
  private var conflicts: [Int: [Conflict]] = [:]

  /// A merge starting from the first input's entries, with room for
  /// `count` entries in all.
  init(first: consuming InstanceStatusTable, count: Int) {
    table = first
    table.reserveCapacity(count)
  }

  /// Adds the entries of the input at `input` whose instances have none yet.
  ///
  /// A table keeps its entries in input order, which is their order in the
  /// file: sorting them by place is then only a check.
  mutating func add(_ entries: InstanceStatusTable, asInput input: Int) {
    let order = Array(0..<entries.count).sortedIfNeeded {
      entries.range(at: $0).start < entries.range(at: $1).start
    }
    var found: [Conflict] = []
    table.addIfAbsent(entriesOf: entries, inOrder: order) { existing, entry in
      if !existing.sameContent(as: entry) {
        found.append(Conflict(existing: existing, entry: entry))
      }
    }
    if !found.isEmpty { conflicts[input] = found }
  }

  /// The pairs that disagree of the input at `input`, in its order.
  func conflicts(ofInput input: Int) -> [Conflict] { conflicts[input] ?? [] }
}

/// The entries of several snapshot files merged ahead of the check that
/// merges them (`SnapshotPrefetch`).
struct PremergedEntries {
  /// The files merged, in order: the inputs the merge stands for.
  let files: [String]
  /// Their entries merged, each file as the input at its position.
  let merge: EntryMerge
}
