/// Looks up the entries of a snapshot for instances taken in the plan's
/// order.
///
/// The tools that write snapshots (a ledger read back, the office's
/// spreadsheet exports, a generated return) list the entries in the order
/// of the plan's instances. So each look-up first tries the entry after the
/// one found last, comparing the id there, and hashes the id only when it is
/// not that one: at a million instances, hashing every id again for each
/// pass over the plan was a tenth of checking.
struct InOrderLookup {
  /// The entries looked up.
  let entries: InstanceStatusTable
  /// Where the next instance's entry is expected.
  private var expected = 0

  /// A look-up in `entries`, from its first entry.
  init(_ entries: InstanceStatusTable) {
    self.entries = entries
  }

  /// The position of the entry of the instance `id`, or `nil` when it has none.
  mutating func position(of id: String) -> Int? {
    guard let found = entries.position(of: id, expected: expected) else { return nil }
    expected = found + 1
    return found
  }

  /// The status the entry of the instance `id` reports, without copying
  /// the entry out.
  mutating func status(of id: String) -> InstanceProgress? {
    position(of: id).map { entries[position: $0].status }
  }
}
