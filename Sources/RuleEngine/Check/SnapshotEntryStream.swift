import RuleParser

/// A snapshot's `obligations`, read entry by entry as the JSON reader hands
/// them over (`MemberStream`), so that a million-entry snapshot never stands
/// in memory as a node tree beside the entries made of it.
///
/// Each entry is read exactly as from a loaded tree (`SnapshotBuilder.add`),
/// with the same diagnostics, kept apart until the builder merges them in
/// their place.
final class SnapshotEntryStream: MemberStream {
  let key = "obligations"
  let fieldKeys = SnapshotReader.entryKeys
  /// The entries read, by instance id.
  var entries: InstanceStatusTable { reading.entries }
  /// What was wrong with the entries read.
  var diagnostics: Diagnostics { reading.diagnostics }
  /// Whether every member was read here (and the tree holds the object empty).
  private(set) var isComplete = false

  /// What was read, in one stored value: taking a member is one exclusive
  /// access to the stream, not one for each of the four values it touches.
  ///
  /// That access is not checked at run time: the stream is used by the one
  /// thread that reads its file, and `Reading` never reaches back to it
  /// while it is changed; checking cost some 120 instructions a member, of
  /// a million.
  @exclusivity(unchecked) private var reading = Reading()

  /// How many entries are read before their ids are indexed together
  /// (`InstanceStatusTable.indexAppended()`).
  static let entriesPerIndexing = InstanceIDIndex.idsPerBatch

  /// The fewest bytes an entry takes in the snapshots rulec and the
  /// office's tools write (an id, a status and a date or two): room for
  /// more entries than that costs address space, not memory, and growing
  /// a table of a million entries would copy and re-hash it.
  static let bytesPerEntry = 48

  func reserve(forBytes count: Int) {
    // The ids take fewer bytes than the file: room for them all is
    // address space, and their buffer never grows.
    reading.entries.reserveCapacity(count / Self.bytesPerEntry, idBytes: count)
  }

  func receive(_ member: YAMLNode.Pair) -> Bool {
    reading.isNew(member.key.scalar ?? "") {
      SnapshotBuilder.add(member, to: &$0, diagnostics: &$1)
    }
  }

  func receive(key: FlatScalar, fields: [FlatScalar?], object: SourceRange) -> Bool {
    reading.isNew(String(decoding: key.bytes, as: UTF8.self)) {
      SnapshotBuilder.add(key: key, fields: fields, object: object, to: &$0, diagnostics: &$1)
    }
  }

  func discard() {
    reading = Reading()
  }

  func finish() -> Bool {
    // The last entries' ids are indexed only now: a repeat among them ends
    // streaming as one found earlier does.
    guard reading.entries.indexAppended() else { return false }
    isComplete = true
    reading.entries.defersIndexing = false
    return true
  }

  /// The entries read, what was wrong with them, and the ids of the members
  /// that made no entry.
  private struct Reading {
    var entries = InstanceStatusTable()
    var diagnostics = Diagnostics()
    /// The ids of the members that did not make an entry (they had errors),
    /// for telling a repeated id.
    var rejected = Set<String>()

    /// Entries whose ids are indexed together.
    init() {
      entries.defersIndexing = true
    }

    /// Reads a member by `read` and tells whether its id (made only when
    /// needed) is new.
    mutating func isNew(
      _ id: @autoclosure () -> String, read: (inout InstanceStatusTable, inout Diagnostics) -> Void
    ) -> Bool {
      let count = entries.count
      read(&entries, &diagnostics)
      if entries.count > count {
        // Appended, and indexed with the next ones: a repeated id is found then.
        guard rejected.isEmpty || !rejected.contains(id()) else { return false }
        return entries.unindexedCount < SnapshotEntryStream.entriesPerIndexing
          || entries.indexAppended()
      }
      // No entry: it has errors. Its id is new unless an entry or another
      // member with errors had it.
      let id = id()
      return entries.indexAppended() && !entries.contains(id) && rejected.insert(id).inserted
    }
  }
}
