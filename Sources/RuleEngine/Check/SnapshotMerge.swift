public import RuleParser

/// Merges the snapshots of several inputs (each body's part of the month's
/// returns: JSON snapshots and ledgers mixed) into one, by instance.
///
/// The same instance in two inputs must say the same (then it counts once);
/// different content is an error naming both places. Every input must be as
/// of the same day (`--as-of` sets it for all, before reading). Metric
/// readings merge by day, recorded actions are the union. The merged scope is
/// the union of the inputs' scopes when every input has one (ledgers made
/// with `--body`), else the whole plan.
public enum SnapshotMerge {
  /// The merged snapshot, or `nil` when the inputs conflict (reported).
  ///
  /// - Complexity: O(n log n) in the entries, readings and actions of all inputs.
  ///
  /// Each input is let go as soon as it is merged, so that a snapshot in
  /// several files does not stand in memory twice. `premerged`, the inputs'
  /// entries merged ahead (`SnapshotPrefetch`), stands for merging them here
  /// when every input is as of the same day: the result and the reports are
  /// the same.
  public static func merge(
    _ snapshots: consuming [Snapshot], into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    merge(snapshots, premerged: nil, into: &diagnostics)
  }

  static func merge(
    _ snapshots: consuming [Snapshot], premerged: consuming PremergedEntries?,
    into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    var rest = consume snapshots
    rest.reverse()
    guard var merged = rest.popLast() else { return nil }
    guard !rest.isEmpty else { return merged }
    // An input skipped for its day would change what the later ones meet:
    // the entries merged ahead stand only when none is.
    let isPremerged =
      premerged != nil && !rest.contains { $0.asOf.value != merged.asOf.value }
    var entries: EntryMerge
    if isPremerged, let premerged {
      entries = premerged.merge
    } else {
      let count = rest.reduce(merged.obligations.count) { $0 + $1.obligations.count }
      var first = InstanceStatusTable()
      swap(&first, &merged.obligations)
      entries = EntryMerge(first: first, count: count)
    }
    var local = Diagnostics()
    var actionKeys = Set(merged.actions.map(key))
    var input = 0
    while let snapshot = rest.popLast() {
      input += 1
      if snapshot.asOf.value != merged.asOf.value {
        local.report(
          .duplicate(
            .inputsAsOfDisagree,
            LocalizedText(
              en:
                "this input is as of \(snapshot.asOf.value.description), another as of \(merged.asOf.value.description)",
              zh:
                "此输入的截至日期为 \(snapshot.asOf.value.description)，另一输入为 \(merged.asOf.value.description)"
            ), at: snapshot.asOf.range, first: merged.asOf.range,
            firstNote: LocalizedText(en: "the other input's day is here", zh: "另一输入的日期在此")))
        continue
      }
      if merged.plan == nil { merged.plan = snapshot.plan }
      if !isPremerged { entries.add(snapshot.obligations, asInput: input) }
      for conflict in entries.conflicts(ofInput: input) {
        local.report(
          .duplicate(
            .inputsConflictingEntry,
            LocalizedText(
              en:
                "'\(conflict.entry.instance.value)' is reported here and, differently, in another input",
              zh: "'\(conflict.entry.instance.value)' 在两处报送，内容不一致"),
            at: conflict.entry.instance.range, first: conflict.existing.instance.range,
            firstNote: LocalizedText(en: "the other report is here", zh: "另一处报送在此")))
      }
      for id in snapshot.metrics.keys.sorted() {
        merge(readings: snapshot.metrics[id] ?? [], of: id, into: &merged, &local)
        if merged.metricLocations[id] == nil {
          merged.metricLocations[id] = snapshot.metricLocations[id]
        }
      }
      for action in snapshot.actions where actionKeys.insert(key(action)).inserted {
        merged.actions.append(action)
      }
      merged.scope = merged.scope.flatMap { scope in snapshot.scope.map { scope.union($0) } }
    }
    merged.obligations = entries.table
    diagnostics.merge(local)
    return local.hasErrors ? nil : merged
  }

  private static func merge(
    readings: [MetricReading], of id: String, into merged: inout Snapshot,
    _ diagnostics: inout Diagnostics
  ) {
    var list = merged.metrics[id] ?? []
    var byDay: [Day: MetricReading] = [:]
    for reading in list { byDay[reading.on.value] = reading }
    for reading in readings {
      guard let existing = byDay[reading.on.value] else {
        byDay[reading.on.value] = reading
        list.append(reading)
        continue
      }
      if existing.value.value != reading.value.value {
        diagnostics.report(
          .duplicate(
            .inputsConflictingReading,
            LocalizedText(
              en:
                "the reading of '\(id)' on \(reading.on.value.description) differs from another input's",
              zh: "'\(id)' 在 \(reading.on.value.description) 的监测值与另一输入不一致"),
            at: reading.value.range, first: existing.value.range,
            firstNote: LocalizedText(en: "the other reading is here", zh: "另一监测值在此")))
      }
    }
    merged.metrics[id] = list.sorted { $0.on.value < $1.on.value }
  }

  private static func key(_ action: RecordedAction) -> String {
    "\(action.action.value.rawValue)|\(action.instance.value)|\(action.on.value)|\(action.by ?? "")"
  }
}
