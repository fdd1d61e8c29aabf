extension GraphDiff {
  /// One titled group of lines of the diff, as the text and Markdown
  /// reports list them.
  struct Section {
    /// The heading (`deadlines moved`).
    var title: String
    /// Per line: the id and what changed.
    var rows: [(id: String, text: String)]
  }

  /// The non-empty sections, in the order a reviewer reads them.
  var sections: [Section] {
    let all: [Section] = [
      Section(title: "plan", rows: plan.map { ($0.field, Self.arrow($0)) }),
      Section(title: "obligations added", rows: addedObligations.map(Self.entryRow)),
      Section(title: "obligations removed", rows: removedObligations.map(Self.entryRow)),
      Section(
        title: "deadlines",
        rows: deadlines.map {
          ($0.obligation, "\($0.old ?? "none") → \($0.new ?? "none"): \(DiffWords.movement($0))")
        }),
      Section(title: "responsible", rows: responsible.map(Self.fieldRow)),
      Section(title: "cooperating", rows: cooperating.map(Self.fieldRow)),
      Section(title: "depends_on", rows: dependencies.map(Self.fieldRow)),
      Section(title: "class", rows: classes.map(Self.fieldRow)),
      Section(title: "policies added", rows: addedPolicies.map(Self.entryRow)),
      Section(title: "policies removed", rows: removedPolicies.map(Self.entryRow)),
      Section(title: "policies changed", rows: policies.map(Self.namedFieldRow)),
      Section(title: "metrics added", rows: addedMetrics.map(Self.entryRow)),
      Section(title: "metrics removed", rows: removedMetrics.map(Self.entryRow)),
      Section(title: "metrics changed", rows: metrics.map(Self.namedFieldRow)),
      Section(title: "instances by body", rows: bodies.map { ($0.body, Self.counts($0)) }),
    ]
    return all.filter { !$0.rows.isEmpty }
  }

  private static func arrow(_ change: FieldChange) -> String {
    "\(change.old ?? "none") → \(change.new ?? "none")"
  }

  private static func fieldRow(_ change: FieldChange) -> (id: String, text: String) {
    (change.id, arrow(change))
  }

  private static func namedFieldRow(_ change: FieldChange) -> (id: String, text: String) {
    (change.id, "\(change.field): " + arrow(change))
  }

  private static func entryRow(_ entry: Entry) -> (id: String, text: String) {
    (entry.id, entry.title + (entry.detail.map { " (\($0))" } ?? ""))
  }

  /// `+3 added, -1 removed, 2 earlier, 11 later`, leaving out zeros.
  static func counts(_ change: BodyChange) -> String {
    let parts: [(Int, String)] = [
      (change.added.count, "added"), (change.removed.count, "removed"),
      (change.earlier.count, "earlier"), (change.later.count, "later"),
    ]
    return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
  }

  /// The heading line: what was compared and how much changed.
  var headline: String {
    let count = changeCount
    let changes = count == 0 ? "no changes" : count == 1 ? "1 change" : "\(count) changes"
    let later = deadlines.filter(\.isLater).count
    let warning = later == 0 ? "" : "; \(later) deadline\(later == 1 ? "" : "s") later"
    return "\(oldLabel) → \(newLabel): \(changes)\(warning)"
  }
}
