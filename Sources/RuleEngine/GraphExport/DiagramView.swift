public import RuleParser

/// A readable part of the whole-plan picture: the duties of one body, of one
/// section of the document, or only those violated as of a snapshot.
///
/// Filters combine (all must hold); edges are kept between the nodes kept.
public struct DiagramView: Sendable, Hashable {
  /// Only duties with an instance of this body (a group stands for its
  /// members).
  public var body: String?
  /// Only duties whose clause is in this section: `四` or `四(七)` (full-width
  /// parentheses are accepted) keeps `四(七)4`.
  public var section: String?
  /// Only duties with a violated instance (needs a snapshot).
  public var violatedOnly: Bool

  /// Creates a view; without arguments it keeps everything.
  public init(body: String? = nil, section: String? = nil, violatedOnly: Bool = false) {
    self.body = body
    self.section = section
    self.violatedOnly = violatedOnly
  }

  /// Whether the view keeps everything.
  public var isWhole: Bool { body == nil && section == nil && !violatedOnly }

  /// The node ids kept among `nodes`.
  func kept(
    _ nodes: [String: DependencyDiagram.Node], graph: ObligationGraph,
    granularity: DependencyDiagram.Granularity
  ) -> Set<String> {
    let bodies = body.map { Set(graph.expand(body: $0)) }
    let prefix = section.map(Self.ascii)
    var kept: Set<String> = []
    for instance in graph.instances {
      let id = granularity == .obligations ? instance.obligation : instance.id
      guard let node = nodes[id], !kept.contains(id) else { continue }
      if let bodies, !bodies.contains(instance.body) { continue }
      if let prefix {
        let section = graph.obligation(instance.obligation)?.source?.section ?? ""
        guard Self.section(Self.ascii(section), startsWith: prefix) else { continue }
      }
      if violatedOnly, node.shade != .violated { continue }
      kept.insert(id)
    }
    return kept
  }

  /// Whether `section` is `prefix` or lies inside it: `四(七)4` lies inside
  /// `四` and `四(七)`; `四(七)12` does not lie inside `四(七)1`.
  private static func section(_ section: String, startsWith prefix: String) -> Bool {
    guard section.hasPrefix(prefix) else { return false }
    let rest = section.dropFirst(prefix.count)
    guard let next = rest.first, let last = prefix.last else { return true }
    return !(next.isNumber && last.isNumber)
  }

  /// Full-width parentheses as ASCII, spaces removed.
  private static func ascii(_ text: String) -> String {
    String(
      text.compactMap { character -> Character? in
        switch character {
        case "（": "("
        case "）": ")"
        case " ", "　": nil
        default: character
        }
      })
  }
}
