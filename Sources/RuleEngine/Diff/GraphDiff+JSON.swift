import RuleParser

extension GraphDiff {
  /// The diff as JSON (`rulec-diff/1`), keys sorted, absent values left out.
  public var json: String {
    let root: [String: JSONValue] = [
      "format": "rulec-diff/1",
      "old": .string(oldLabel),
      "new": .string(newLabel),
      "plan": .array(plan.map(Self.field)),
      "obligations": Self.changes(added: addedObligations, removed: removedObligations),
      "deadlines": .array(deadlines.map(Self.deadline)),
      "responsible": .array(responsible.map(Self.field)),
      "cooperating": .array(cooperating.map(Self.field)),
      "depends_on": .array(dependencies.map(Self.field)),
      "classes": .array(classes.map(Self.field)),
      "policies": Self.changes(added: addedPolicies, removed: removedPolicies, changed: policies),
      "metrics": Self.changes(added: addedMetrics, removed: removedMetrics, changed: metrics),
      "bodies": .array(bodies.map(Self.body)),
      "summary": .object([
        "changes": .int(changeCount), "later": .int(deadlines.filter(\.isLater).count),
        "earlier": .int(deadlines.filter(\.isEarlier).count),
      ]),
    ]
    return JSONText.render(root)
  }

  /// An object without its absent members.
  private static func object(_ members: [String: JSONValue?]) -> JSONValue {
    .object(members.compactMapValues { $0 })
  }

  /// What was added and removed in one part of the plan, and the fields changed
  /// where the part has such.
  private static func changes(
    added: [Entry], removed: [Entry], changed: [FieldChange]? = nil
  ) -> JSONValue {
    object([
      "added": .array(added.map(entry)), "removed": .array(removed.map(entry)),
      "changed": changed.map { .array($0.map(field)) },
    ])
  }

  private static func entry(_ entry: Entry) -> JSONValue {
    object([
      "id": .string(entry.id), "title": .string(entry.title), "detail": JSONValue(entry.detail),
    ])
  }

  private static func field(_ change: FieldChange) -> JSONValue {
    object([
      "id": .string(change.id), "field": .string(change.field), "old": JSONValue(change.old),
      "new": JSONValue(change.new),
    ])
  }

  private static func deadline(_ change: DeadlineChange) -> JSONValue {
    object([
      "obligation": .string(change.obligation), "old": JSONValue(change.old),
      "new": JSONValue(change.new), "moved_instances": .int(change.movedInstances),
      "min_days": JSONValue(change.shift?.lowerBound),
      "max_days": JSONValue(change.shift?.upperBound),
      "later": .bool(change.isLater), "earlier": .bool(change.isEarlier),
    ])
  }

  private static func body(_ change: BodyChange) -> JSONValue {
    .object([
      "body": .string(change.body), "added": JSONValue(change.added),
      "removed": JSONValue(change.removed), "earlier": JSONValue(change.earlier),
      "later": JSONValue(change.later),
    ])
  }
}
