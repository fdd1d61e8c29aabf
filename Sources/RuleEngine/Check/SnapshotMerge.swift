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
  public static func merge(
    _ snapshots: [Snapshot], into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    guard var merged = snapshots.first else { return nil }
    guard snapshots.count > 1 else { return merged }
    var local = Diagnostics()
    var actionKeys = Set(merged.actions.map(key))
    for snapshot in snapshots.dropFirst() {
      if snapshot.asOf.value != merged.asOf.value {
        local.report(
          .inputsAsOfDisagree(
            snapshot.asOf.value.description, other: merged.asOf.value.description,
            at: snapshot.asOf.range, otherAt: merged.asOf.range))
        continue
      }
      if merged.plan == nil { merged.plan = snapshot.plan }
      let entries = snapshot.obligations.values.sorted {
        $0.instance.range.start < $1.instance.range.start
      }
      for entry in entries {
        guard let existing = merged.obligations[entry.instance.value] else {
          merged.obligations[entry.instance.value] = entry
          continue
        }
        if !existing.sameContent(as: entry) {
          local.report(
            .inputsConflictingEntry(
              entry.instance.value, at: entry.instance.range, other: existing.instance.range))
        }
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
          .inputsConflictingReading(
            id, day: reading.on.value.description, at: reading.value.range,
            other: existing.value.range))
      }
    }
    merged.metrics[id] = list.sorted { $0.on.value < $1.on.value }
  }

  private static func key(_ action: RecordedAction) -> String {
    "\(action.action.value.rawValue)|\(action.instance.value)|\(action.on.value)|\(action.by ?? "")"
  }
}
