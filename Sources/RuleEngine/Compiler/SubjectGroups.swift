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

  /// The groups, as flat tables (no array per group).
  private struct Groups {
    /// The positions of the subjects, group after group, each group's in
    /// order.
    var members: [Int] = []
    /// Where each group's members begin in `members`, and the end.
    var starts: [Int] = []
    /// Of each group and kind of violation (`group * kindCount + ordinal`),
    /// the first day one can occur over the members that have such a day.
    var earliest: [Day?] = []
    /// Of each group, the kinds (one bit per `ordinal`) that some member
    /// can have at any time (no first day).
    var undated: [UInt32] = []
  }

  private static let kindCount = ViolationKind.allCases.count

  /// The groups, in the order of their first members; `nil` when every
  /// subject is a group of its own.
  private let grouped: Groups?
  /// The subjects grouped.
  private let subjects: [PolicyReach.Subject]

  /// The number of groups.
  var count: Int { grouped.map { $0.starts.count - 1 } ?? subjects.count }

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
    var last: (key: Key, position: Int)?
    var groups = Groups()
    var groupOf = [Int](repeating: 0, count: subjects.count)
    for index in subjects.indices {
      // Bound once: each use of `subjects[index]` copied the subject out.
      let subject = subjects[index]
      var kinds: UInt32 = 0
      for kind in subject.kinds { kinds |= 1 << UInt32(kind.ordinal) }
      let key = Key(
        isMetric: subject.isMetric, isDoubtful: subject.isDoubtful, kinds: kinds,
        known: subject.known.restricted(to: facts))
      let position: Int
      // Alike subjects tend to come one after another: the last group is
      // tried before the key is hashed.
      if let last, last.key == key {
        position = last.position
      } else if let found = positions[key] {
        position = found
      } else {
        position = groups.undated.count
        positions[key] = position
        groups.earliest.append(contentsOf: repeatElement(nil, count: Self.kindCount))
        groups.undated.append(0)
      }
      last = (key, position)
      groupOf[index] = position
      for kind in subject.kinds {
        let slot = position * Self.kindCount + kind.ordinal
        if let day = subject.earliest(kind) {
          groups.earliest[slot] = groups.earliest[slot].map { min($0, day) } ?? day
        } else {
          groups.undated[position] |= 1 << UInt32(kind.ordinal)
        }
      }
    }
    // The members, group by group (a counting sort keeps each in order).
    groups.starts = Array(repeating: 0, count: groups.undated.count + 1)
    for position in groupOf { groups.starts[position + 1] += 1 }
    for position in groups.undated.indices {
      groups.starts[position + 1] += groups.starts[position]
    }
    var next = groups.starts
    groups.members = Array(repeating: 0, count: subjects.count)
    for (index, position) in groupOf.enumerated() {
      groups.members[next[position]] = index
      next[position] += 1
    }
    grouped = groups
  }

  /// The position of the first subject of group `group`, whose verdict is
  /// every member's.
  func representative(_ group: Int) -> Int {
    grouped.map { $0.members[$0.starts[group]] } ?? group
  }

  /// Calls `body` with the position of each subject of group `group`, in
  /// order.
  func forEachMember(of group: Int, _ body: (Int) -> Void) {
    guard let grouped else { return body(group) }
    for member in grouped.members[grouped.starts[group]..<grouped.starts[group + 1]] {
      body(member)
    }
  }

  /// The first day a violation of `kind` can occur on some member of
  /// group `group`, and whether some member can have it at any time.
  func reach(_ group: Int, _ kind: ViolationKind) -> (earliest: Day?, isUndated: Bool) {
    guard let grouped else {
      let day = subjects[group].earliest(kind)
      return (day, day == nil)
    }
    return (
      grouped.earliest[group * Self.kindCount + kind.ordinal],
      grouped.undated[group] & (1 << UInt32(kind.ordinal)) != 0
    )
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
