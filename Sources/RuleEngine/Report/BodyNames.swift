/// Bodies' names (`ReportText.bodyName(_:in:)`), kept by the identity of
/// the id they were found by (`ByStringIdentity`), on one writing side.
///
/// A SARIF message names who acts and who is acted on for each of half a
/// million escalations, and finding a name searches the graph's bodies by
/// comparing ids (~600 instructions, 60.6 M of a 100k check); the ids are
/// a few hundred strings, most short enough to be known by their bytes.
/// The id asked for last is compared before any is hashed: who acts is the
/// policy's, the same for a run of escalations. Each writing side keeps
/// its own (`TwoCoreWriting`).
struct BodyNames {
  /// The name found for each id.
  private var names = ByStringIdentity<String>()

  /// The name of the body `id`, or `id` itself when the graph has no such
  /// body.
  mutating func name(of id: String, in graph: ObligationGraph) -> String {
    if let known = names.value(for: id) { return known }
    let name = ReportText.bodyName(id, in: graph)
    names.keep(name, for: id)
    return name
  }
}
