public import RuleParser

/// The rulec compiler: rule files → YAML nodes → syntax → resolved and
/// checked declarations → obligation graph.
///
/// Each phase reports into one `Diagnostics` and continues where it can, so
/// one run reports every error (up to the collector's limit).
public struct Compiler: Sendable {
  /// The YAML loader and its limits.
  public var loader: YAMLLoader

  /// Whether the caller reads the result's graph.
  ///
  /// When it does, the instances' order by id, which putting the graph
  /// together needs, is worked out beside the enforcement checks (on a
  /// second core) instead of when the graph is first read. A caller that
  /// only reports diagnostics (`rulec lint`) leaves it off and never sorts
  /// the instances.
  public var readsGraph = false

  /// Creates a compiler.
  public init(loader: YAMLLoader = YAMLLoader()) {
    self.loader = loader
  }

  /// Compiles every rule file under `directory` (or the file itself).
  public func compile(rulesAt directory: String) -> CompileResult {
    compile(rulesAt: [directory])
  }

  /// Compiles the rule files of several folders and files as one plan.
  public func compile(rulesAt locations: [String]) -> CompileResult {
    var diagnostics = Diagnostics()
    var paths: [String] = []
    for location in locations {
      paths += RuleSources.files(in: location, diagnostics: &diagnostics)
    }
    paths = Array(Set(paths)).sorted()
    // The files are let go once their declarations are in the table.
    let files = RuleSources.build(paths, loader: loader, diagnostics: &diagnostics)
    PhaseClock.step("files")
    let table = DeclarationTable(consume files, diagnostics: &diagnostics)
    guard !paths.isEmpty else {
      return CompileResult(graph: nil, diagnostics: diagnostics, document: nil, explanations: [])
    }
    let result = compile(
      table, repository: Repository(rulesAt: locations.first ?? "."), diagnostics: diagnostics)
    // The declarations are freed where nobody waits for them.
    SecondCore.release(consume table)
    return result
  }

  /// Resolves, checks and lowers already-built rule files.
  public func compile(_ files: [RuleFile], diagnostics: Diagnostics = Diagnostics())
    -> CompileResult
  {
    var diagnostics = diagnostics
    let table = DeclarationTable(files, diagnostics: &diagnostics)
    let repository = Repository(rulesAt: table.plan?.1 ?? ".")
    return compile(table, repository: repository, diagnostics: diagnostics)
  }

  private func compile(
    _ table: DeclarationTable, repository: Repository, diagnostics: Diagnostics
  ) -> CompileResult {
    var diagnostics = diagnostics
    guard let (planDecl, planFile) = table.plan else {
      diagnostics.report(
        .error(
          .missingPlan, LocalizedText("no 'plan' block in the rule files", "规则文件中没有 'plan' 块"),
          at: nil))
      return CompileResult(graph: nil, diagnostics: diagnostics, document: nil, explanations: [])
    }
    // The references, and the groups' and obligations' orders, read the
    // table only: they are checked side by side (tens of milliseconds each
    // at a million instances), each into its own collector, and reported as
    // if one had run after the other.
    let groups = GroupResolver(table)
    let (resolved, ordered) = Concurrently.both(
      {
        var diagnostics = Diagnostics()
        let resolve = ReferenceResolver(table).checkAll(diagnostics: &diagnostics)
        return (resolve: resolve, diagnostics: diagnostics)
      },
      {
        var diagnostics = Diagnostics()
        let acyclic = groups.checkCycles(diagnostics: &diagnostics)
        let order = DependencyOrder(table).prerequisitesFirst(diagnostics: &diagnostics)
        return (acyclic: acyclic, order: order, diagnostics: diagnostics)
      })
    diagnostics.merge(resolved.diagnostics)
    diagnostics.merge(ordered.diagnostics)
    let (referencesResolve, groupsAcyclic, order) = (
      resolved.resolve, ordered.acyclic, ordered.order
    )

    let document = QuoteChecker.load(
      planDecl, declaredIn: planFile, repository: repository, diagnostics: &diagnostics)
    let quotes = document.map {
      QuoteChecker(document: $0, displayPath: planDecl.document?.value ?? $0.path)
    }
    var lowering = Lowering(table: table, quotes: quotes)
    let bodies = lowering.bodies()
    var calendar = WorkingCalendar.china
    if let written = planDecl.calendar {
      let path = QuoteChecker.resolve(written.value, relativeTo: planFile)
      calendar = CalendarFileBuilder.build(
        loader.load(contentsOfFile: path, displayPath: path, into: &diagnostics),
        diagnostics: &diagnostics)
    }
    let classes = lowering.classes(calendar: calendar, diagnostics: &diagnostics)
    let classesByID = Dictionary(
      classes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    PhaseClock.step("declarations")
    // Lowering (the obligations, metrics, policies and explanations) and
    // expanding the obligations into instances read the table only: they
    // run side by side, each into its own collector, and their diagnostics
    // are reported as if one had run after the other.
    let expansionOrder = referencesResolve && groupsAcyclic ? order : nil
    let effective = planDecl.effective?.value
    let horizon = planDecl.until?.value
    let (lowered, expansion) = Concurrently.both(
      {
        var diagnostics = Diagnostics()
        let obligations = lowering.obligations(classes: classesByID, diagnostics: &diagnostics)
        let metrics = lowering.metrics(groups: groups, diagnostics: &diagnostics)
        let policies = lowering.policies(groups: groups, diagnostics: &diagnostics)
        let explanations = lowering.explanations(diagnostics: &diagnostics)
        return (
          obligations: obligations, metrics: metrics, policies: policies,
          explanations: explanations, diagnostics: diagnostics
        )
      },
      {
        expansionOrder.map { order in
          var expander = InstanceExpander(
            table: table, groups: groups, effective: effective, classes: classesByID)
          expander.calendar = calendar
          expander.horizon = horizon
          var layout = expander.layOut(order)
          // A caller that reads no graph leaves the instances unnamed: the
          // graph, if it is read after all, names them first.
          layout.namesInstances = readsGraph
          // A plan with a level large enough for two cores is made after
          // lowering, on both (a nested `concurrentPerform` here would run
          // on this core alone); any other is made here.
          return layout.splits ? InstanceExpansion.laidOut(layout) : .made(layout.fill())
        }
      })
    diagnostics.merge(lowered.diagnostics)
    let (obligations, metrics, policies, explanations) = (
      lowered.obligations, lowered.metrics, lowered.policies, lowered.explanations
    )

    guard let expansion else {
      return CompileResult(
        graph: nil, diagnostics: diagnostics, document: document, explanations: explanations)
    }
    var expanded = expansion.made
    PhaseClock.step("expansion")
    diagnostics.merge(expanded.diagnostics)
    let metricInstances = lowering.metricInstances(groups: groups, diagnostics: &diagnostics)
    let plan = Plan(
      id: planDecl.id.value, title: planDecl.title.value, document: document?.path,
      effective: planDecl.effective?.value, reportWithin: planDecl.reportWithin?.value,
      publishWithin: planDecl.publishWithin?.value, until: horizon, calendar: calendar,
      actions: planDecl.actions, words: planDecl.words, location: planDecl.range.start)
    guard !diagnostics.hasErrors else {
      return CompileResult(
        graph: nil, diagnostics: diagnostics, document: document, explanations: explanations)
    }
    var parts = PendingGraph.Parts(
      plan: plan, bodies: bodies, obligations: obligations, instances: expanded.instances,
      metrics: metrics, metricInstances: metricInstances, policies: policies, classes: classes,
      runs: expanded.runs, unnamed: expanded.unnamed)
    expanded.instances = []
    if readsGraph {
      // Both only read the parts: the order on a thread of its own (the
      // checks split their own work across the cores' pool).
      let ready = parts
      let (_, sorted) = SecondCore.run(
        { EnforcementLint(table: table, parts: ready).check(diagnostics: &diagnostics) },
        beside: { ObligationGraph.sortedPositions(of: ready.instances, near: ready.nearOrder) })
      parts.sortedOrder = sorted
    } else {
      EnforcementLint(table: table, parts: parts).check(diagnostics: &diagnostics)
    }
    PhaseClock.step("enforcement")
    return CompileResult(
      graphParts: parts, diagnostics: diagnostics, document: document,
      explanations: explanations)
  }
}
