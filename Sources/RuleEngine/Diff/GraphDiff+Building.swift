import RuleParser

extension GraphDiff {
  /// Compares two compiled plans.
  ///
  /// - Complexity: O(n) in the declarations and instances of both plans,
  ///   which are walked side by side in id order.
  public init(old: ObligationGraph, new: ObligationGraph, oldLabel: String, newLabel: String) {
    self.oldLabel = oldLabel
    self.newLabel = newLabel
    plan = Self.planChanges(old.plan, new.plan)
    compareObligations(old, new)
    comparePolicies(old.policies, new.policies)
    compareMetrics(old.metrics, new.metrics)
    compareInstances(old, new)
  }

  private static func planChanges(_ old: Plan, _ new: Plan) -> [FieldChange] {
    let fields: [(String, (Plan) -> String?)] = [
      ("title", \.title), ("effective", { $0.effective?.description }),
      ("report_within", { $0.reportWithin?.description }),
      ("publish_within", { $0.publishWithin?.description }),
    ]
    return fields.compactMap { field, value in
      value(old) == value(new)
        ? nil : FieldChange(id: new.id, field: field, old: value(old), new: value(new))
    }
  }

  private mutating func compareObligations(_ old: ObligationGraph, _ new: ObligationGraph) {
    let pairs = SideBySide.pair(old.obligations, new.obligations, id: \.id)
    addedObligations = pairs.added.map {
      Entry(id: $0.id, title: $0.title, detail: DiffWords.deadline(of: $0))
    }
    removedObligations = pairs.removed.map {
      Entry(id: $0.id, title: $0.title, detail: DiffWords.deadline(of: $0))
    }
    for (before, after) in pairs.both {
      let id = after.id
      responsible += Self.listChange(id, "responsible", before.responsible, after.responsible)
      cooperating += Self.listChange(id, "cooperating", before.cooperating, after.cooperating)
      dependencies += Self.listChange(id, "depends_on", before.dependsOn, after.dependsOn)
      let classes = (before.obligationClass?.id, after.obligationClass?.id)
      if classes.0 != classes.1 {
        self.classes.append(FieldChange(id: id, field: "class", old: classes.0, new: classes.1))
      }
    }
  }

  private static func listChange(_ id: String, _ field: String, _ old: [String], _ new: [String])
    -> [FieldChange]
  {
    guard old != new else { return [] }
    return [FieldChange(id: id, field: field, old: DiffWords.list(old), new: DiffWords.list(new))]
  }

  private mutating func comparePolicies(_ old: [Policy], _ new: [Policy]) {
    let pairs = SideBySide.pair(old, new, id: \.id)
    addedPolicies = pairs.added.map(Self.entry)
    removedPolicies = pairs.removed.map(Self.entry)
    for (before, after) in pairs.both {
      let fields: [(String, (Policy) -> String?)] = [
        ("when", \.when), ("action", \.action.rawValue), ("by", \.by),
        ("targets", { DiffWords.list($0.targets) ?? "all bodies" }),
      ]
      for (field, value) in fields where value(before) != value(after) {
        policies.append(
          FieldChange(id: after.id, field: field, old: value(before), new: value(after)))
      }
    }
  }

  private static func entry(_ policy: Policy) -> Entry {
    Entry(id: policy.id, title: policy.title ?? policy.when, detail: policy.action.rawValue)
  }

  private mutating func compareMetrics(_ old: [Metric], _ new: [Metric]) {
    let pairs = SideBySide.pair(old, new, id: \.id)
    addedMetrics = pairs.added.map {
      Entry(id: $0.id, title: $0.name, detail: DiffWords.target($0))
    }
    removedMetrics = pairs.removed.map {
      Entry(id: $0.id, title: $0.name, detail: DiffWords.target($0))
    }
    for (before, after) in pairs.both {
      let fields: [(String, (Metric) -> String?)] = [
        ("unit", \.unit), ("responsible", { DiffWords.list($0.responsible) }),
        ("baseline", DiffWords.baseline), ("target", DiffWords.target),
      ]
      for (field, value) in fields where value(before) != value(after) {
        metrics.append(
          FieldChange(id: after.id, field: field, old: value(before), new: value(after)))
      }
    }
  }

  /// Deadlines per obligation and instances per body, from one walk over
  /// both plans' instances.
  private mutating func compareInstances(_ old: ObligationGraph, _ new: ObligationGraph) {
    var byBody: [String: BodyChange] = [:]
    var shifts: [String: (count: Int, range: ClosedRange<Int>)] = [:]
    let pairs = SideBySide.pair(old.instances, new.instances, id: \.id)
    for instance in pairs.added {
      byBody[instance.body, default: .init(body: instance.body)].added.append(instance.id)
    }
    for instance in pairs.removed {
      byBody[instance.body, default: .init(body: instance.body)].removed.append(instance.id)
    }
    for (before, after) in pairs.both {
      guard let from = before.due, let to = after.due, from != to else { continue }
      let days = from.days(until: to)
      if days > 0 {
        byBody[after.body, default: .init(body: after.body)].later.append(after.id)
      } else {
        byBody[after.body, default: .init(body: after.body)].earlier.append(after.id)
      }
      let known = shifts[after.obligation]
      shifts[after.obligation] = (
        (known?.count ?? 0) + 1,
        min(known?.range.lowerBound ?? days, days)...max(known?.range.upperBound ?? days, days)
      )
    }
    bodies = byBody.keys.sorted().compactMap { byBody[$0] }
    for (before, after) in SideBySide.pair(old.obligations, new.obligations, id: \.id).both {
      let words = (DiffWords.deadline(of: before), DiffWords.deadline(of: after))
      let shift = shifts[after.id]
      guard words.0 != words.1 || shift != nil else { continue }
      deadlines.append(
        DeadlineChange(
          obligation: after.id, old: words.0, new: words.1, movedInstances: shift?.count ?? 0,
          shift: shift?.range))
    }
  }
}

/// Two id-sorted arrays walked side by side.
enum SideBySide {
  /// What is only in `old`, only in `new`, and in both (as pairs), each in id order.
  static func pair<Value>(_ old: [Value], _ new: [Value], id: (Value) -> String)
    -> (added: [Value], removed: [Value], both: [(Value, Value)])
  {
    var added: [Value] = []
    var removed: [Value] = []
    var both: [(Value, Value)] = []
    var (i, j) = (0, 0)
    while i < old.count || j < new.count {
      guard i < old.count else {
        added.append(new[j])
        j += 1
        continue
      }
      guard j < new.count else {
        removed.append(old[i])
        i += 1
        continue
      }
      let (before, after) = (id(old[i]), id(new[j]))
      if before == after {
        both.append((old[i], new[j]))
        i += 1
        j += 1
      } else if before < after {
        removed.append(old[i])
        i += 1
      } else {
        added.append(new[j])
        j += 1
      }
    }
    return (added, removed, both)
  }
}
