import RuleParser

/// Expands the obligations on both cores: those linked by dependencies
/// (`depends_on:`, a relative deadline's `after`) stay together, and the
/// groups so linked are dealt into two halves of about equal size,
/// expanded side by side (`SecondCore`).
///
/// The result is the one expansion in one run would give, up to the order
/// of the instances (the graph sorts them by id): the second half's
/// instances follow the first's, each obligation's run moved with them,
/// and the diagnostics are merged back in the order of `order`. When a
/// half reports an error, or the two together pass a limit (which the one
/// run reports at the obligation where it is passed), the expansion is
/// run again in one piece, so that every diagnostic is as one run makes it.
struct SplitExpansion {
  /// Makes an expander with the plan's settings.
  let makeExpander: () -> InstanceExpander
  let table: DeclarationTable
  let groups: GroupResolver

  /// Fewer obligations than this are expanded in one run: a task-local
  /// value, so that tests can split small plans.
  @TaskLocal static var leastSplit = 512

  /// What `InstanceExpander` leaves: the instances, the runs of each
  /// obligation, the diagnostics.
  typealias Expanded = (instances: [Instance], runs: [Range<Int>], diagnostics: Diagnostics)

  /// Expands the obligations at positions `order` (prerequisites first).
  func expand(_ order: [Int]) -> Expanded {
    guard order.count >= Self.leastSplit, let split = halves(of: order) else {
      return expandInOneRun(order)
    }
    // The first half makes room for the second's instances too, which are
    // appended to its own.
    let (first, second) = SecondCore.run(
      { half(split.0, reserving: makeExpander().estimate(split.1)) },
      beside: { half(split.1) })
    let instanceCount = first.expander.instances.count + second.expander.instances.count
    guard !first.diagnostics.hasErrors, !second.diagnostics.hasErrors,
      !first.expander.stopped, !second.expander.stopped,
      instanceCount <= InstanceExpander.maxInstances,
      first.expander.edgeCount + second.expander.edgeCount
        <= InstanceExpander.maxDependencyEdges
    else { return expandInOneRun(order) }
    return merged(first, second, order: order)
  }

  /// One half expanded, with the diagnostics of each of its obligations.
  private struct Half {
    var expander: InstanceExpander
    var diagnostics: Diagnostics
  }

  private func half(_ order: [Int], reserving extra: Int = 0) -> Half {
    var diagnostics = Diagnostics()
    var expander = makeExpander()
    expander.expand(order, reserving: extra, diagnostics: &diagnostics)
    return Half(expander: expander, diagnostics: diagnostics)
  }

  private func expandInOneRun(_ order: [Int]) -> Expanded {
    var whole = half(order)
    return (whole.expander.takeInstances(), whole.expander.runs, whole.diagnostics)
  }

  /// The two halves as one expansion: the second half's instances after
  /// the first's, the diagnostics in the order of `order`.
  private func merged(_ first: Half, _ second: Half, order: [Int]) -> Expanded {
    var first = first
    var second = second
    let offset = first.expander.instances.count
    var instances = first.expander.takeInstances()
    instances.append(contentsOf: second.expander.takeInstances())
    var runs = first.expander.runs
    let secondRuns = second.expander.runs
    for position in second.expander.expanded {
      let run = secondRuns[position]
      runs[position] = (run.lowerBound + offset)..<(run.upperBound + offset)
    }
    var diagnostics = Diagnostics()
    if first.diagnostics.all.isEmpty, second.diagnostics.all.isEmpty {
      return (instances, runs, diagnostics)
    }
    let halves = [first, second]
    var next = [0, 0]
    var seen = [0, 0]
    let side = sides(of: second.expander.expanded)
    for position in order {
      let half = side[position] ? 1 : 0
      let end = halves[half].expander.diagnosticEnds[seen[half]]
      for diagnostic in halves[half].diagnostics.all[next[half]..<end] {
        diagnostics.report(diagnostic)
      }
      next[half] = end
      seen[half] += 1
    }
    return (instances, runs, diagnostics)
  }

  /// Of each obligation, whether it is among `positions`.
  private func sides(of positions: [Int]) -> [Bool] {
    var side = [Bool](repeating: false, count: table.obligations.count)
    for position in positions { side[position] = true }
    return side
  }

  /// `order` dealt into two halves, each keeping the obligations linked by
  /// dependencies together and in `order`'s order; `nil` when they cannot
  /// be split.
  private func halves(of order: [Int]) -> ([Int], [Int])? {
    let decls = table.obligations
    var linked = LinkedSets(count: decls.count)
    for (position, decl) in decls.enumerated() {
      for prerequisite in decl.dependsOn {
        if let other = table.obligationPositions[prerequisite.value] {
          linked.join(position, other)
        }
      }
      if case .relative(_, let after?) = decl.due,
        let other = table.obligationPositions[after.value]
      {
        linked.join(position, other)
      }
    }
    // The size of each linked set, in instances about (one per body).
    var sizes = [Int](repeating: 0, count: decls.count)
    for position in order {
      let responsible = decls[position].responsible
      let size =
        responsible.count == 1 ? groups.memberCount(responsible[0].value) : responsible.count
      sizes[linked.root(of: position)] += max(1, size) * (decls[position].every == nil ? 1 : 4)
    }
    // The largest sets first, each to the smaller half.
    var roots = order.filter { linked.root(of: $0) == $0 }
    roots.sort { sizes[$0] > sizes[$1] }
    var inSecond = [Bool](repeating: false, count: decls.count)
    var totals = (0, 0)
    for root in roots {
      if totals.1 < totals.0 {
        inSecond[root] = true
        totals.1 += sizes[root]
      } else {
        totals.0 += sizes[root]
      }
    }
    guard totals.0 > 0, totals.1 > 0 else { return nil }
    var halves: ([Int], [Int]) = ([], [])
    for position in order {
      if inSecond[linked.root(of: position)] {
        halves.1.append(position)
      } else {
        halves.0.append(position)
      }
    }
    return halves
  }
}

/// Disjoint sets of positions (union–find with path halving).
private struct LinkedSets {
  private var parent: [Int]

  init(count: Int) {
    parent = Array(0..<count)
  }

  /// The representative of the set holding `position`.
  mutating func root(of position: Int) -> Int {
    var position = position
    while parent[position] != position {
      parent[position] = parent[parent[position]]
      position = parent[position]
    }
    return position
  }

  /// Joins the sets of `a` and `b`.
  mutating func join(_ a: Int, _ b: Int) {
    let (rootA, rootB) = (root(of: a), root(of: b))
    if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
  }
}
