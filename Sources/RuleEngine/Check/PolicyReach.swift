import RuleParser

/// Decides, without a snapshot, whether a policy can ever fire on a duty
/// instance or a metric instance: its condition is evaluated in three-valued
/// logic with the facts fixed by the plan (the obligation or metric, the
/// body when there is one, the class) known, and every other fact unknown,
/// once for each kind of violation the subject can have.
///
/// A policy can fire unless its condition is false for every such kind
/// (`obligation == "water.audit"` on another duty, `target_missed` on a duty),
/// its `targets:` exclude every body of the subject, or the policy or the
/// subject is marked doubtful.
struct PolicyReach {
  /// What is known about the subject.
  struct Subject {
    /// Whether it is a metric (instance) rather than a duty (instance).
    var isMetric: Bool
    /// The facts the plan fixes; a fact mapped to `nil` is known to be missing.
    var known: KnownFacts
    /// The kinds of violation it can have.
    var kinds: [ViolationKind]
    /// The responsible bodies of its instances.
    var bodies: Set<String> = []
    /// Whether the rule is marked doubtful (it escalates nothing).
    var isDoubtful = false
    /// The first day each dated kind of violation can occur (the day after
    /// the earliest deadline); kinds not listed can occur at any time.
    var earliestDays: [(kind: ViolationKind, day: Day)] = []

    /// The first day a violation of `kind` can occur, or `nil` when it can
    /// occur at any time.
    func earliest(_ kind: ViolationKind) -> Day? {
      earliestDays.first { $0.kind == kind }?.day
    }
  }

  /// The subject of an obligation's instances (`body` only when it has one
  /// body).
  ///
  /// Without `collectingBodies`, the subject's `bodies` are left empty (for
  /// a caller that tests no policy's `targets:`; a hundred thousand sets of
  /// bodies are not made for nothing).
  static func subject(
    _ obligation: Obligation, instances: some Collection<Instance>, collectingBodies: Bool = true
  ) -> Subject {
    var known = KnownFacts()
    known[.obligation] = .string(obligation.id)
    known[.class] = .some(obligation.obligationClass.map { FactValue.string($0.id) })
    // A body's instances (its occurrences) come one after another: each
    // body is added once per run instead of once per instance.
    var bodies: Set<String> = []
    var onlyBody: String?
    var isSingleBody = true
    var previous: String?
    var isDated = false
    var first: Day?
    for index in instances.indices {
      let body = instances[index].body
      if body != previous {
        if collectingBodies { bodies.insert(body) }
        if onlyBody == nil {
          onlyBody = body
        } else if isSingleBody, body != onlyBody {
          isSingleBody = false
        }
        previous = body
      }
      if let due = instances[index].due {
        isDated = true
        first = first.map { min($0, due) } ?? due
      } else if instances[index].relativeDue != nil {
        isDated = true
      }
    }
    if isSingleBody, let onlyBody { known[.body] = .string(onlyBody) }
    var kinds: [ViolationKind] = []
    kinds.reserveCapacity(7)
    var earliest: [(kind: ViolationKind, day: Day)] = []
    if isDated {
      kinds += [.overdue, .missing, .late]
      if let first {
        earliest = [.overdue, .missing, .late].map { ($0, first.adding(days: 1)) }
      }
    }
    if obligation.reportWithin != nil { kinds.append(.unreported) }
    if obligation.publishWithin != nil { kinds.append(.unpublished) }
    kinds.append(.falseReport)
    if !obligation.dependsOn.isEmpty { kinds.append(.dependencyOrder) }
    return Subject(
      isMetric: false, known: known, kinds: kinds, bodies: bodies,
      isDoubtful: obligation.doubtful != nil, earliestDays: earliest)
  }

  /// The subject of a metric's instances (`body` when given).
  static func subject(_ metric: Metric, body: String?, bodies: Set<String> = []) -> Subject {
    var known = KnownFacts()
    known[.metric] = .string(metric.id)
    if let body { known[.body] = .string(body) }
    var kinds: [ViolationKind] = [.targetMissed, .missing]
    let afterTarget = metric.by.adding(days: 1)
    var earliest: [(kind: ViolationKind, day: Day)] = [
      (.targetMissed, afterTarget), (.missing, afterTarget),
    ]
    if let baselineOn = metric.baselineOn, metric.baselineValue != nil {
      kinds.insert(.offTrack, at: 0)
      earliest.append((.offTrack, baselineOn.adding(days: 1)))
    }
    return Subject(
      isMetric: true, known: known, kinds: kinds, bodies: body.map { [$0] } ?? bodies,
      isDoubtful: metric.doubtful != nil, earliestDays: earliest)
  }

  /// The subject of every obligation (with its instances) and of every metric of a
  /// plan.
  ///
  /// - Complexity: O(instances + metric instances).
  static func subjects(
    obligations: [Obligation], instances: [Instance], metrics: [Metric],
    metricInstances: [MetricInstance]
  ) -> (obligations: [(Obligation, [Instance], Subject)], metrics: [Subject]) {
    var byObligation: [String: [Instance]] = [:]
    for instance in instances { byObligation[instance.obligation, default: []].append(instance) }
    var metricBodies: [String: Set<String>] = [:]
    for instance in metricInstances {
      metricBodies[instance.metric, default: []].insert(instance.body)
    }
    let duties = obligations.map { obligation in
      let own = byObligation[obligation.id] ?? []
      return (obligation, own, subject(obligation, instances: own))
    }
    let targets = metrics.map { subject($0, body: nil, bodies: metricBodies[$0.id] ?? []) }
    return (duties, targets)
  }

  /// Whether `policy` can fire on `subject`; with `ignoringTargets`, as if the
  /// policy had no `targets:`.
  static func canFire(_ policy: Policy, on subject: Subject, ignoringTargets: Bool = false)
    -> Bool
  {
    !kinds(policy, on: subject, ignoringTargets: ignoringTargets).isEmpty
  }

  /// The kinds of violation of `subject` that `policy` can fire on.
  static func kinds(_ policy: Policy, on subject: Subject, ignoringTargets: Bool = false)
    -> [ViolationKind]
  {
    let target = policy.condition.target
    if subject.isMetric ? target == .obligations : target == .metrics { return [] }
    if policy.doubtful != nil || subject.isDoubtful { return [] }
    if !ignoringTargets, let targets = policy.targetBodies, subject.bodies.isDisjoint(with: targets)
    {
      return []
    }
    return subject.kinds.filter { kind in
      Logic(known: subject.known, violation: .some(kind.factValue))
        .truth(policy.condition.expression) != .no
    }
  }

  /// Whether `policy`'s condition is false on `subject` whatever the kind of
  /// violation, told by one evaluation with the kind unknown; `false` when
  /// it cannot be told so.
  ///
  /// Three-valued logic only refines what is unknown: a condition false
  /// while the kind is unknown stays false once it is known, except where a
  /// list it tests membership in names the kind (an unknown element counts
  /// as not found), which `isRefinable` rules out.
  static func isFalseForEveryKind(_ policy: Policy, on subject: Subject, isRefinable: Bool) -> Bool
  {
    isRefinable
      && Logic(known: subject.known, violation: nil).truth(policy.condition.expression) == .no
  }

  /// Whether evaluating `expression` with the kind of violation unknown
  /// tells when it is false for every kind (`isFalseForEveryKind`): whether
  /// no list it tests membership in reads the `violation` fact.
  static func isRefinable(_ expression: TypedExpression) -> Bool {
    switch expression.kind {
    case .literal, .fact: return true
    case .not(let operand): return isRefinable(operand)
    case .logical(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs),
      .comparison(_, let lhs, let rhs):
      return isRefinable(lhs) && isRefinable(rhs)
    case .membership(let value, let elements, _):
      return isRefinable(value) && !elements.contains(where: reads(violationIn:))
    }
  }

  /// Whether `expression` reads the `violation` fact.
  private static func reads(violationIn expression: TypedExpression) -> Bool {
    switch expression.kind {
    case .literal: return false
    case .fact(let fact): return fact == .violation
    case .not(let operand): return reads(violationIn: operand)
    case .logical(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs),
      .comparison(_, let lhs, let rhs):
      return reads(violationIn: lhs) || reads(violationIn: rhs)
    case .membership(let value, let elements, _):
      return reads(violationIn: value) || elements.contains(where: reads(violationIn:))
    }
  }
}

/// Three-valued evaluation of a typed condition.
private struct Logic {
  enum Truth { case yes, no, unknown }

  /// An operand's value: known, known to be missing, or unknown.
  enum Operand {
    case value(FactValue)
    case missing
    case unknown
  }

  /// The facts the plan fixes.
  let known: PolicyReach.KnownFacts
  /// The value of the `violation` fact (`.some(nil)`: known to be
  /// missing); `nil` when it is unknown.
  let violation: FactValue??

  func truth(_ node: TypedExpression) -> Truth {
    switch node.kind {
    case .literal(.bool(let value)): return value ? .yes : .no
    case .literal, .arithmetic: return .no
    case .fact:
      switch operand(node) {
      case .value(.bool(let value)): return value ? .yes : .no
      case .value, .missing: return .no
      case .unknown: return .unknown
      }
    case .not(let inner):
      switch truth(inner) {
      case .yes: return .no
      case .no: return .yes
      case .unknown: return .unknown
      }
    case .logical(let logical, let lhs, let rhs):
      let (left, right) = (truth(lhs), truth(rhs))
      switch logical {
      case .and:
        if left == .no || right == .no { return .no }
        return left == .yes && right == .yes ? .yes : .unknown
      case .or:
        if left == .yes || right == .yes { return .yes }
        return left == .no && right == .no ? .no : .unknown
      }
    case .comparison(let comparison, let lhs, let rhs):
      guard case .value(let left) = operand(lhs), case .value(let right) = operand(rhs) else {
        return isUnknown(lhs) || isUnknown(rhs) ? .unknown : .no
      }
      guard let order = Self.order(left, right) else { return .no }
      return Self.holds(comparison, order) ? .yes : .no
    case .membership(let value, let elements, let negated):
      guard case .value(let tested) = operand(value) else {
        return isUnknown(value) ? .unknown : .no
      }
      let found = elements.contains { element in
        if case .value(let item) = operand(element) { return Self.order(tested, item) == 0 }
        return false
      }
      return found != negated ? .yes : .no
    }
  }

  private func isUnknown(_ node: TypedExpression) -> Bool {
    if case .unknown = operand(node) { return true }
    return false
  }

  private func operand(_ node: TypedExpression) -> Operand {
    switch node.kind {
    case .literal(let value): return .value(value)
    case .fact(let fact):
      guard let entry = fact == .violation ? violation : known[fact] else {
        return .unknown
      }
      return entry.map(Operand.value) ?? .missing
    case .arithmetic(let arithmetic, let lhs, let rhs):
      switch (operand(lhs), operand(rhs)) {
      case (.value(.int(let left)), .value(.int(let right))):
        let (sum, overflow) =
          arithmetic == .plus
          ? left.addingReportingOverflow(right) : left.subtractingReportingOverflow(right)
        return overflow ? .missing : .value(.int(sum))
      case (.unknown, _), (_, .unknown): return .unknown
      default: return .missing
      }
    default:
      switch truth(node) {
      case .yes: return .value(.bool(true))
      case .no: return .value(.bool(false))
      case .unknown: return .unknown
      }
    }
  }

  /// -1, 0 or 1 comparing two values of comparable types, or `nil`.
  private static func order(_ lhs: FactValue, _ rhs: FactValue) -> Int? {
    func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return sign(a, b)
    case (.int(let a), .number(let b)): return sign(Double(a), b)
    case (.number(let a), .int(let b)): return sign(a, Double(b))
    case (.number(let a), .number(let b)): return sign(a, b)
    case (.string(let a), .string(let b)): return sign(a, b)
    case (.bool(let a), .bool(let b)): return sign(a ? 1 : 0, b ? 1 : 0)
    case (.enumeration(let a), .enumeration(let b)) where a.type == b.type:
      return sign(a.index, b.index)
    default: return nil
    }
  }

  private static func holds(_ comparison: ComparisonOperator, _ order: Int) -> Bool {
    switch comparison {
    case .equal: order == 0
    case .notEqual: order != 0
    case .less: order < 0
    case .lessOrEqual: order <= 0
    case .greater: order > 0
    case .greaterOrEqual: order >= 0
    }
  }
}
