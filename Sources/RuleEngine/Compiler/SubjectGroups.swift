import RuleParser

/// A plan's subjects (`PolicyReach.Subject`) grouped by all that one
/// policy's verdict on them can depend on, so that the policy's condition is
/// evaluated once per group instead of once per subject.
///
/// `PolicyReach.kinds` depends on a subject only through whether it is a
/// metric, whether it is doubtful, the kinds of violation it can have, the
/// values of the facts the policy's condition reads and, unless ignored, its
/// bodies. Ignoring the targets, the obligations of a large plan mostly agree
/// on the rest: a hundred thousand subjects fall into a handful of groups.
struct SubjectGroups {
  /// Subjects that a condition reading the same facts cannot tell apart.
  private struct Group {
    /// The positions of its subjects in the list grouped, in order.
    var members: [Int]
    /// Of each kind of violation (by its `ordinal`), the first day one can
    /// occur over the members that have such a day.
    var earliest: [Day?]
    /// The kinds (one bit per `ordinal`) that some member can have at any
    /// time (no first day).
    var undated: UInt32

    /// The first day a violation of `kind` can occur on some member, and
    /// whether some member can have it at any time.
    func reach(_ kind: ViolationKind) -> (earliest: Day?, isUndated: Bool) {
      (earliest[kind.ordinal], undated & (1 << UInt32(kind.ordinal)) != 0)
    }
  }

  /// What the verdict depends on, the targets aside.
  private struct Key: Hashable {
    var isMetric: Bool
    var isDoubtful: Bool
    /// The kinds of violation, one bit each (a subject lists them in a
    /// fixed order).
    var kinds: UInt32
    /// The known values of the facts the condition reads.
    var known: PolicyReach.KnownFacts
  }

  /// The groups, in the order of their first members; `nil` when every
  /// subject is a group of its own.
  private let grouped: [Group]?
  /// The subjects grouped.
  private let subjects: [PolicyReach.Subject]

  /// The number of groups.
  var count: Int { grouped?.count ?? subjects.count }

  /// Groups `subjects` for conditions that read `facts` (a subset of
  /// `PolicyReach.KnownFacts.facts`) of those a plan fixes.
  ///
  /// A condition that reads the obligation or the metric tells every
  /// subject apart: then each is its own group, and nothing is hashed.
  ///
  /// - Complexity: O(subjects).
  init(_ subjects: [PolicyReach.Subject], reading facts: [Fact]) {
    self.subjects = subjects
    guard !facts.contains(.obligation), !facts.contains(.metric) else {
      grouped = nil
      return
    }
    var positions: [Key: Int] = [:]
    var groups: [Group] = []
    let kindCount = ViolationKind.allCases.count
    for index in subjects.indices {
      var kinds: UInt32 = 0
      for kind in subjects[index].kinds { kinds |= 1 << UInt32(kind.ordinal) }
      let key = Key(
        isMetric: subjects[index].isMetric, isDoubtful: subjects[index].isDoubtful, kinds: kinds,
        known: subjects[index].known.restricted(to: facts))
      let position: Int
      if let found = positions[key] {
        position = found
        groups[position].members.append(index)
      } else {
        position = groups.count
        positions[key] = position
        groups.append(
          Group(members: [index], earliest: Array(repeating: nil, count: kindCount), undated: 0))
      }
      for kind in subjects[index].kinds {
        if let day = subjects[index].earliest(kind) {
          groups[position].earliest[kind.ordinal] =
            groups[position].earliest[kind.ordinal].map { min($0, day) } ?? day
        } else {
          groups[position].undated |= 1 << UInt32(kind.ordinal)
        }
      }
    }
    grouped = groups
  }

  /// The position of the first subject of group `group`, whose verdict is
  /// every member's.
  func representative(_ group: Int) -> Int { grouped?[group].members[0] ?? group }

  /// Calls `body` with the position of each subject of group `group`, in
  /// order.
  func forEachMember(of group: Int, _ body: (Int) -> Void) {
    guard let grouped else { return body(group) }
    for member in grouped[group].members { body(member) }
  }

  /// The first day a violation of `kind` can occur on some member of
  /// group `group`, and whether some member can have it at any time.
  func reach(_ group: Int, _ kind: ViolationKind) -> (earliest: Day?, isUndated: Bool) {
    guard let grouped else {
      let day = subjects[group].earliest(kind)
      return (day, day == nil)
    }
    return grouped[group].reach(kind)
  }

  /// The facts a plan fixes (`PolicyReach.KnownFacts.facts`) that
  /// `policy`'s condition reads.
  static func facts(readBy policy: Policy) -> [Fact] {
    var facts: Set<Fact> = []
    collect(policy.condition.expression, into: &facts)
    return PolicyReach.KnownFacts.facts.filter(facts.contains)
  }

  /// Adds every fact `node` reads to `facts`.
  private static func collect(_ node: TypedExpression, into facts: inout Set<Fact>) {
    switch node.kind {
    case .literal: break
    case .fact(let fact): facts.insert(fact)
    case .not(let operand): collect(operand, into: &facts)
    case .logical(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs),
      .comparison(_, let lhs, let rhs):
      collect(lhs, into: &facts)
      collect(rhs, into: &facts)
    case .membership(let value, let elements, _):
      collect(value, into: &facts)
      for element in elements { collect(element, into: &facts) }
    }
  }
}
