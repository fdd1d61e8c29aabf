/// Bodies' names (`ReportText.bodyName(_:in:)`), kept by the identity of
/// the id they were found by (`StringIdentity`), on one writing side.
///
/// A SARIF message names who acts and who is acted on for each of half a
/// million escalations, and finding a name searches the graph's bodies by
/// comparing ids (~600 instructions, 60.6 M of a 100k check); the ids are
/// a few hundred strings, most short enough to be known by their bytes.
/// The id asked for last is compared before any is hashed: who acts is the
/// policy's, the same for a run of escalations. Each writing side keeps
/// its own (`TwoCoreWriting`).
struct BodyNames {
  /// The name found for each id, with the id itself: holding it keeps its
  /// bytes where they are, so no other string takes their identity.
  private var names: [StringIdentity: (id: String, name: String)] = [:]
  /// The id asked for last, and its name.
  private var last: (identity: StringIdentity, name: String)?

  /// The name of the body `id`, or `id` itself when the graph has no such
  /// body.
  mutating func name(of id: String, in graph: ObligationGraph) -> String {
    guard let identity = StringIdentity(id) else { return ReportText.bodyName(id, in: graph) }
    if let last, last.identity == identity { return last.name }
    let name: String
    if let known = names[identity] {
      name = known.name
    } else {
      name = ReportText.bodyName(id, in: graph)
      names[identity] = (id, name)
    }
    last = (identity, name)
    return name
  }
}
