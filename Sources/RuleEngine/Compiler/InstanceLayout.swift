import RuleParser

/// A plan's instances laid out, not yet made, and the making of them: in
/// order on one core for a small plan, level by level on two for a large
/// one.
///
/// Expansion was the largest serial step of `rulec lint` after parsing
/// (~1,850 instructions an instance, beside lowering's ~410), and making the
/// instances is most of it (an id joined, dependencies listed, deadlines
/// planned: ~1,300 of those; laying them out, ~440, still runs beside
/// lowering). Obligations of one level depend on none of the same level:
/// two cores make each half of a large level, after the levels below.
struct InstanceLayout {
  /// What makes one obligation's instances.
  let filler: InstanceFiller
  /// The obligations laid out, in the expansion's order.
  private(set) var obligations: [ObligationLayout] = []
  /// The number of instances of each level.
  private var levelCounts: [Int] = []
  /// Where each obligation's instances are, by its position in
  /// `table.obligations` (empty for one not expanded).
  var runs: [Range<Int>]
  /// How many instances there are.
  var count = 0
  /// A level with more instances than this is made in two parts side by
  /// side: each part then takes milliseconds, against the microseconds
  /// handing it to another core takes.
  var instancesPerPart = 8192

  /// The diagnostics of laying out and of making the instances, each
  /// collector under the key that orders it: twice the position in
  /// `obligations` of the obligation it belongs to, plus one for making.
  private var reports: [(key: Int, diagnostics: Diagnostics)] = []

  init(filler: InstanceFiller, runs: [Range<Int>]) {
    self.filler = filler
    self.runs = runs
  }

  /// Makes room for `count` obligations.
  mutating func reserveCapacity(_ count: Int) {
    obligations.reserveCapacity(count)
  }

  /// Adds an obligation laid out after the others.
  mutating func append(_ obligation: ObligationLayout) {
    while levelCounts.count <= obligation.level { levelCounts.append(0) }
    levelCounts[obligation.level] += obligation.instances.count
    obligations.append(obligation)
  }

  /// Keeps the diagnostics of laying out the obligation at `index` of
  /// `obligations` (or of the one that stopped the expansion there).
  mutating func report(_ diagnostics: Diagnostics, of index: Int) {
    guard !diagnostics.all.isEmpty || diagnostics.errorCount > 0 else { return }
    reports.append((key: 2 * index, diagnostics: diagnostics))
  }

  /// Whether some level is large enough to be made in two parts: a plan
  /// with none is made where it is laid out, beside lowering.
  var splits: Bool {
    count > instancesPerPart && levelCounts.contains { $0 > instancesPerPart }
  }

  /// The instances, where each obligation's are, and the diagnostics of
  /// laying them out and making them, in the order one pass over the
  /// obligations reports them.
  consuming func fill() -> (instances: [Instance], runs: [Range<Int>], diagnostics: Diagnostics) {
    var made: [(key: Int, diagnostics: Diagnostics)] = []
    let instances =
      count == 0
      ? []
      : [Instance](unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = InstanceSlots(buffer)
        made = splits ? fillByLevel(slots) : fill(obligations.indices, into: slots)
        initialized = count
      }
    var diagnostics = Diagnostics()
    for (_, collected) in (reports + made).sorted(by: { $0.key < $1.key }) {
      diagnostics.merge(collected)
    }
    return (instances, runs, diagnostics)
  }

  /// Makes the instances level by level, each large level in two parts
  /// side by side; returns the diagnostics of making them.
  private func fillByLevel(_ slots: InstanceSlots) -> [(key: Int, diagnostics: Diagnostics)] {
    // (By index: binding each layout would retain and release its arrays.)
    var levels: [[Int]] = levelCounts.map { _ in [] }
    for index in obligations.indices {
      levels[obligations[index].level].append(index)
    }
    var made: [(key: Int, diagnostics: Diagnostics)] = []
    for (level, total) in zip(levels, levelCounts) {
      guard total > instancesPerPart else {
        made += fill(level[...], into: slots)
        continue
      }
      // The two parts split the level's instances in halves.
      var middle = 0
      var before = 0
      while middle < level.count, 2 * before < total {
        before += obligations[level[middle]].instances.count
        middle += 1
      }
      let parts = Concurrently.map(2) { part in
        fill(part == 0 ? level[..<middle] : level[middle...], into: slots)
      }
      made += parts[0] + parts[1]
    }
    return made
  }

  /// Makes the instances of the obligations at `indices` of `obligations`,
  /// in turn; returns the diagnostics of each that has any.
  private func fill(_ indices: some Collection<Int>, into slots: InstanceSlots)
    -> [(key: Int, diagnostics: Diagnostics)]
  {
    var made: [(key: Int, diagnostics: Diagnostics)] = []
    for index in indices {
      var diagnostics = Diagnostics()
      filler.fill(obligations[index], into: slots, diagnostics: &diagnostics)
      if !diagnostics.all.isEmpty || diagnostics.errorCount > 0 {
        made.append((key: 2 * index + 1, diagnostics: diagnostics))
      }
    }
    return made
  }
}

/// Expansion as it leaves the step beside lowering: made already, or only
/// laid out, to be made on both cores.
enum InstanceExpansion {
  case made((instances: [Instance], runs: [Range<Int>], diagnostics: Diagnostics))
  case laidOut(InstanceLayout)

  /// The instances, their runs and the diagnostics, made now if need be.
  var made: (instances: [Instance], runs: [Range<Int>], diagnostics: Diagnostics) {
    switch self {
    case .made(let made): made
    case .laidOut(let layout): layout.fill()
    }
  }
}
