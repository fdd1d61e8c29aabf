import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// A large plan's instances are made level by level, each level in two
/// parts side by side; the instances, their runs and every diagnostic, in
/// order, are those of making them in one pass.
@Suite struct InstanceLayoutTests {
  /// Chains of prerequisites five levels deep, each level wide enough to be
  /// split: fixed deadlines before their prerequisites' (W002), relative
  /// ones, class deadlines before a prerequisite's (W014), recurring
  /// reports with a body's own periods, and prerequisites of a neighbouring
  /// chain, filled in the other part.
  private static let chains =
    """
    classes:
      immediate: {name: 立行立改, within: 1 month}
    obligations:

    """
    + (0..<12).map { index in
      """
        a\(index): {title: 甲, responsible: [office, cities, jiuquan], due: 2018年\(index % 12 + 1)月底前}
        b\(index): {title: 乙, responsible: [office, cities, jiuquan], depends_on: [a\(index)], due: 2018年3月底前}
        c\(index): {title: 丙, responsible: [office, cities, jiuquan], due: {within: 2 months, after: b\(index)}}
        d\(index): {title: 丁, responsible: cities, depends_on: [c\(index), a\((index + 5) % 12)], class: immediate}
        e\(index):
          title: 戊
          responsible: west
          every: 每季度
          until: 2019-12-31
          depends_on: [d\(index)]
          per_body: {jiuquan: {every: 每月5日前}}

      """
    }.joined()

  /// A weekly duty until 9999: more instances than the limit, laid out
  /// after the chains.
  private static let tooManyInstances =
    "  z: {title: 多, responsible: [office, cities, jiuquan], every: 每周, until: 9999-12-31, depends_on: [e11]}\n"

  /// Two weekly duties for a century, one depending on the other: more
  /// dependency edges than the limit.
  private static let tooManyEdges =
    """
      p: {title: 周, responsible: office, every: 每周, until: 2117-12-31, depends_on: [e3]}
      q: {title: 周, responsible: office, every: 每周, until: 2117-12-31, depends_on: [p]}

    """

  @Test(arguments: ["", tooManyInstances, tooManyEdges])
  func twoPartsMakeWhatOnePassMakes(_ limit: String) throws {
    let (whole, wholeSplits) = try Self.expand(Self.chains + limit, instancesPerPart: .max)
    let (parts, partsSplit) = try Self.expand(Self.chains + limit, instancesPerPart: 1)
    #expect(!wholeSplits && partsSplit)
    #expect(parts == whole)
    // Made unnamed and named afterwards (as for a graph read after
    // `rulec lint`'s expansion), in one pass or in two parts.
    for instancesPerPart in [.max, 1] {
      let (named, _) = try Self.expand(
        Self.chains + limit, instancesPerPart: instancesPerPart, namesInstances: false)
      #expect(named == whole)
    }
    for code in ["W002", "W014"] {
      #expect(whole.contains { $0.contains(" \(code) ") })
    }
    #expect(whole.contains { $0.contains("relative") })
    if !limit.isEmpty {
      #expect(whole.last?.hasPrefix("error E") == true)
    }
  }

  /// The instances, runs and diagnostics of expanding `rules` after the
  /// inline plan's header, the levels split past `instancesPerPart`, the
  /// instances named as they are made or after all are; and whether any
  /// level was split.
  private static func expand(
    _ rules: String, instancesPerPart: Int, namesInstances: Bool = true
  ) throws -> ([String], Bool) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try (InlinePlan.header + rules).write(
      to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    var diagnostics = Diagnostics()
    let paths = RuleSources.files(in: folder.path, diagnostics: &diagnostics)
    let table = DeclarationTable(
      RuleSources.build(paths, diagnostics: &diagnostics), diagnostics: &diagnostics)
    #expect(!diagnostics.hasErrors, "\(diagnostics.all.map(\.message.en))")
    var lowering = Lowering(table: table, quotes: nil)
    let classes = lowering.classes(calendar: .china, diagnostics: &diagnostics)
    let order = try #require(DependencyOrder(table).prerequisitesFirst(diagnostics: &diagnostics))
    var expander = InstanceExpander(
      table: table, groups: GroupResolver(table), effective: table.plan?.0.effective?.value,
      classes: Dictionary(uniqueKeysWithValues: classes.map { ($0.id, $0) }))
    var layout = expander.layOut(order)
    layout.instancesPerPart = instancesPerPart
    layout.namesInstances = namesInstances
    let splits = layout.splits
    // Every instance an obligation's instances depend on is made at a lower
    // level: whichever core makes it, it is made before them.
    var levels = [Int](repeating: 0, count: layout.count)
    for obligation in layout.obligations {
      for position in obligation.instances { levels[position] = obligation.level }
    }
    for obligation in layout.obligations {
      #expect(
        obligation.matchedByBody.allSatisfy { $0.allSatisfy { levels[$0] < obligation.level } })
    }
    var made = layout.fill()
    #expect((made.unnamed == nil) == namesInstances)
    made.unnamed?.name(&made.instances)
    let instances = made.instances.map { instance in
      [
        instance.id, instance.obligation, instance.body, "\(instance.occurrence ?? "-")",
        "\(instance.periodStart.map { "\($0)" } ?? "-")", "\(instance.due.map { "\($0)" } ?? "-")",
        instance.relativeDue.map { "relative \($0.within) \($0.after)" } ?? "-",
        "\(instance.dependencies)", "\(instance.cooperating)",
        "\(instance.dueSource.map { "\($0)" } ?? "-")", instance.obligationClass?.id ?? "-",
      ].joined(separator: " ")
    }
    let runs = made.runs.map { "\($0)" }
    let reported = made.diagnostics.all.map { diagnostic in
      "\(diagnostic.severity) \(diagnostic.code.rawValue) \(diagnostic.message.en) "
        + "\(diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-")"
    }
    return (["\(made.diagnostics.errorCount) errors"] + instances + runs + reported, splits)
  }
}
