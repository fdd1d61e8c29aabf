import RuleParser

extension GraphDiff {
  /// The diff as JSON (`rulec-diff/1`), keys sorted, absent values left out.
  public var json: String {
    let root: [String: Any] = [
      "format": "rulec-diff/1",
      "old": oldLabel,
      "new": newLabel,
      "plan": plan.map(Self.field),
      "obligations": [
        "added": addedObligations.map(Self.entry), "removed": removedObligations.map(Self.entry),
      ],
      "deadlines": deadlines.map(Self.deadline),
      "responsible": responsible.map(Self.field),
      "cooperating": cooperating.map(Self.field),
      "depends_on": dependencies.map(Self.field),
      "classes": classes.map(Self.field),
      "policies": [
        "added": addedPolicies.map(Self.entry), "removed": removedPolicies.map(Self.entry),
        "changed": policies.map(Self.field),
      ],
      "metrics": [
        "added": addedMetrics.map(Self.entry), "removed": removedMetrics.map(Self.entry),
        "changed": metrics.map(Self.field),
      ],
      "bodies": bodies.map(Self.body),
      "summary": [
        "changes": changeCount, "later": deadlines.filter(\.isLater).count,
        "earlier": deadlines.filter(\.isEarlier).count,
      ],
    ]
    return JSONText.render(root)
  }

  private static func entry(_ entry: Entry) -> [String: Any] {
    ["id": entry.id, "title": entry.title, "detail": entry.detail as Any]
  }

  private static func field(_ change: FieldChange) -> [String: Any] {
    ["id": change.id, "field": change.field, "old": change.old as Any, "new": change.new as Any]
  }

  private static func deadline(_ change: DeadlineChange) -> [String: Any] {
    [
      "obligation": change.obligation, "old": change.old as Any, "new": change.new as Any,
      "moved_instances": change.movedInstances,
      "min_days": change.shift?.lowerBound as Any, "max_days": change.shift?.upperBound as Any,
      "later": change.isLater, "earlier": change.isEarlier,
    ]
  }

  private static func body(_ change: BodyChange) -> [String: Any] {
    [
      "body": change.body, "added": change.added, "removed": change.removed,
      "earlier": change.earlier, "later": change.later,
    ]
  }
}
