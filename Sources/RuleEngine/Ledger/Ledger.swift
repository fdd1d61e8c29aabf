public import RuleParser

/// The rectification ledger (整改台账) of a plan: one row per instance, with
/// what the plan says of it and empty status columns for a body to fill in.
///
/// Written as CSV (`csv()`, which `LedgerSnapshot` reads back once filled)
/// or Markdown (`markdown()`). Rows are in instance id order.
public struct Ledger: Sendable {
  /// One instance's row.
  public struct Row: Sendable, Hashable {
    /// The instance id.
    public var instance: String
    /// The cells, one per `LedgerColumn`, in `LedgerColumn.allCases` order;
    /// the status cells are empty.
    public var cells: [String]

    /// The cell of a column.
    public subscript(column: LedgerColumn) -> String {
      cells[LedgerColumn.allCases.firstIndex(of: column) ?? 0]
    }
  }

  /// The plan's id, written in the ledger so that the read-back can check it.
  public var planID: String
  /// The plan's title.
  public var planTitle: String
  /// The ledger's name in the plan's words: 整改台账, 任务台账.
  public var name = PlanWords.standard.ledger
  /// The day the ledger is to describe, when given (`--as-of`).
  public var asOf: Day?
  /// The body the ledger was restricted to, when it was.
  public var body: Body?
  /// The rows.
  public var rows: [Row]

  /// Builds the ledger of a plan.
  ///
  /// - Parameters:
  ///   - graph: the compiled plan.
  ///   - body: a body or group to restrict the rows to (its members' instances).
  ///   - asOf: the day to record in the ledger's header for the read-back.
  /// - Complexity: O(n) in the number of instances.
  public init(graph: ObligationGraph, body: Body? = nil, asOf: Day? = nil) {
    planID = graph.plan.id
    planTitle = graph.plan.title
    name = graph.plan.words.ledger
    self.asOf = asOf
    self.body = body
    let bodies = body.map { Set(graph.expand(body: $0.id)) }
    rows = graph.instances.compactMap { instance in
      if let bodies, !bodies.contains(instance.body) { return nil }
      return Self.row(instance, in: graph)
    }
  }

  private static func row(_ instance: Instance, in graph: ObligationGraph) -> Row {
    let obligation = graph.obligation(instance.obligation)
    let cells = LedgerColumn.allCases.map { column -> String in
      switch column {
      case .id: instance.id
      case .title: obligation?.title ?? ""
      case .body: graph.body(instance.body)?.name ?? instance.body
      case .cooperating:
        instance.cooperating.map { graph.body($0)?.name ?? $0 }.joined(separator: "、")
      case .due: instance.due?.description ?? ""
      case .dueSource: instance.dueSource?.rawValue ?? ""
      case .obligationClass: instance.obligationClass?.name ?? ""
      case .dependencies: instance.dependencies.joined(separator: "; ")
      case .section: obligation?.source?.section ?? ""
      case .quote: obligation?.source?.quote ?? ""
      default: ""
      }
    }
    return Row(instance: instance.id, cells: cells)
  }
}
