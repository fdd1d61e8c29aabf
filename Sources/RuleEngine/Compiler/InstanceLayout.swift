import RuleParser

/// A plan's instances laid out, not yet made, and the making of them: in
/// order on one core for a small plan, level by level on two for a large
/// one; then, or when a reader of the graph first asks, their naming.
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
  /// Whether the instances are named as they are made: a caller that only
  /// reports diagnostics leaves them unnamed, to be named when (if ever)
  /// the graph is read.
  var namesInstances = true

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
  /// obligations reports them; named unless `namesInstances` is off.
  consuming func fill() -> ExpandedInstances {
    var made: [(key: Int, diagnostics: Diagnostics)] = []
    let instances =
      count == 0
      ? []
      : [Instance](unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = InstanceSlots(buffer)
        made = byLevel { indices in fill(indices, into: slots) }
        initialized = count
      }
    var diagnostics = Diagnostics()
    for (_, collected) in (reports + made).sorted(by: { $0.key < $1.key }) {
      diagnostics.merge(collected)
    }
    let runs = runs
    let unnamed = namesInstances || count == 0 ? nil : UnnamedInstances(layout: self)
    return ExpandedInstances(
      instances: instances, runs: runs, diagnostics: diagnostics, unnamed: unnamed)
  }

  /// Names `instances`, as `fill` made them unnamed.
  fileprivate func name(_ instances: inout [Instance]) {
    instances.withUnsafeMutableBufferPointer { buffer in
      let slots = InstanceSlots(buffer)
      _ = byLevel { indices -> [Never] in
        for index in indices { filler.name(obligations[index], in: slots) }
        return []
      }
    }
  }

  /// The results of `work` on the obligations at some indices of
  /// `obligations`, in order: at once for a plan that does not split, else
  /// level by level, each large level in two parts side by side.
  private func byLevel<Result>(_ work: (ArraySlice<Int>) -> [Result]) -> [Result] {
    guard splits else { return work(Array(obligations.indices)[...]) }
    // (By index: binding each layout would retain and release its arrays.)
    var levels: [[Int]] = levelCounts.map { _ in [] }
    for index in obligations.indices {
      levels[obligations[index].level].append(index)
    }
    var made: [Result] = []
    for (level, total) in zip(levels, levelCounts) {
      guard total > instancesPerPart else {
        made += work(level[...])
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
        work(part == 0 ? level[..<middle] : level[middle...])
      }
      made += parts[0] + parts[1]
    }
    return made
  }

  /// Makes the instances of the obligations at `indices` of `obligations`,
  /// in turn (and names them, if `namesInstances`); returns the diagnostics
  /// of each that has any.
  private func fill(_ indices: ArraySlice<Int>, into slots: InstanceSlots)
    -> [(key: Int, diagnostics: Diagnostics)]
  {
    var made: [(key: Int, diagnostics: Diagnostics)] = []
    for index in indices {
      var diagnostics = Diagnostics()
      filler.fill(
        obligations[index], into: slots, naming: namesInstances, diagnostics: &diagnostics)
      if !diagnostics.all.isEmpty || diagnostics.errorCount > 0 {
        made.append((key: 2 * index + 1, diagnostics: diagnostics))
      }
    }
    return made
  }
}

/// A plan's instances as expansion made them: where each obligation's
/// are, the diagnostics, and what names them if they were left unnamed.
struct ExpandedInstances {
  var instances: [Instance]
  var runs: [Range<Int>]
  var diagnostics: Diagnostics
  /// What names `instances`, when they were made unnamed.
  var unnamed: UnnamedInstances?
}

/// Instances made without their names, and what names them: kept beside
/// the graph's parts until the graph is first read.
struct UnnamedInstances {
  /// The layout that made them.
  fileprivate let layout: InstanceLayout

  /// Names `instances`, the ones the layout made, in place.
  func name(_ instances: inout [Instance]) {
    layout.name(&instances)
  }
}

/// Expansion as it leaves the step beside lowering: made already, or only
/// laid out, to be made on both cores.
enum InstanceExpansion {
  case made(ExpandedInstances)
  case laidOut(InstanceLayout)

  /// The instances, their runs and the diagnostics, made now if need be.
  var made: ExpandedInstances {
    switch self {
    case .made(let made): made
    case .laidOut(let layout): layout.fill()
    }
  }
}
