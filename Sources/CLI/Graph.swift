import ArgumentParser
import Foundation
import RuleEngine
import RuleParser

extension Rulec {
  /// `rulec graph`: draws the obligation graph as DOT or Mermaid, or lists
  /// its critical chain.
  struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "graph",
      _superCommandName: Rulec.superCommandName,
      abstract: "Draw the obligations' dependencies as Graphviz DOT or Mermaid.",
      discussion: """
        Nodes are obligations in clusters by lead body (--nodes instances: one per instance), \
        filled by time-limit class, or by status with --snapshot; the critical chain (the \
        longest dependency chain by due date) is drawn in thick red. See docs/graph-export.md.
        """)

    /// The drawing formats.
    enum Format: String, NamedChoice {
      case dot
      case mermaid
    }

    @OptionGroup var options: CommonOptions

    @Option(help: "Output format: dot or mermaid.")
    var format: Format = .dot

    @OptionGroup var output: OutputFile

    @Option(help: "Nodes: obligations (default) or instances.")
    var nodes: DependencyDiagram.Granularity = .obligations

    @Option(help: "Only this obligation (or instance) with its prerequisites and dependents.")
    var obligation: String?

    @Flag(help: "List the critical chain as text instead of drawing.")
    var critical = false

    @Option(help: "Shade nodes by status from a snapshot (JSON) or a filled-in ledger (*.csv).")
    var snapshot: String?

    @Option(help: "With --snapshot: the day to judge it on (YYYY-MM-DD).")
    var asOf: String?

    @Option(help: "Only the duties of this body (a group: of its members).")
    var body: String?

    @Option(help: "Only the duties of this section of the document, e.g. 四 or 四(七).")
    var section: String?

    @Flag(help: "With --snapshot: only the duties overdue or found untrue.")
    var overdue = false

    func validate() throws {
      if asOf != nil, snapshot == nil { throw ValidationError("--as-of needs --snapshot") }
      if overdue, snapshot == nil { throw ValidationError("--overdue needs --snapshot") }
    }

    func run() throws {
      let language = options.language
      let day = try OptionValue.day(asOf, language: language)
      let graph = try CompiledRules.load(options)
      if let obligation, graph.obligation(obligation) == nil, graph.instance(obligation) == nil {
        let ids = graph.obligations.map(\.id) + graph.instances.map(\.id)
        let suggestion = DidYouMean(candidates: ids).suggest(for: obligation)
        try Terminal.fail(
          .unknownName(
            .unknownObligationOption, obligation, LocalizedText("obligation", "义务"),
            suggestion: suggestion,
            otherwise: LocalizedText(
              "give an obligation id (or an instance id) of the compiled plan",
              "请使用编译后计划中的义务标识（或实例标识）"),
            at: nil
          ).prefixed("--obligation: "), language: language)
      }
      _ = try OptionValue.body(body, in: graph, language: language)
      let statuses = try snapshot.map { try read($0, graph: graph, asOf: day) }
      let diagram = DependencyDiagram(
        graph: graph, granularity: nodes, focus: obligation, snapshot: statuses,
        view: DiagramView(body: body, section: section, violatedOnly: overdue))
      let text =
        critical
        ? diagram.criticalChainText(language: language)
        : format == .dot ? diagram.dot() : diagram.mermaid()
      try output.write(text)
    }

    /// The snapshot of `--snapshot`, read and validated as `rulec check` does.
    private func read(_ path: String, graph: ObligationGraph, asOf: Day?) throws -> Snapshot {
      var diagnostics = Diagnostics()
      var source = SnapshotSource(graph: graph)
      guard let snapshot = source.read(path, asOf: asOf, into: &diagnostics),
        !diagnostics.hasErrors
      else {
        try Terminal.fail(diagnostics, language: options.language, sources: source.sources)
      }
      if !diagnostics.all.isEmpty {
        Terminal.report(diagnostics, language: options.language, sources: source.sources)
      }
      return snapshot
    }
  }
}

extension DependencyDiagram.Granularity: NamedChoice {}
