import RuleParser

/// What every violation of one obligation found by one check has in
/// common, held once and shared by them.
///
/// The obligation's id, position, title, clause, place and doubt, and
/// the day checked.
/// Each violation held these six fields itself (112 bytes and five
/// references counted each); an obligation of the 1M snapshot has two or
/// three violations, so one shared object holds them for all.
final class ViolatedDuty: Sendable {
  /// The obligation's id.
  let id: String
  /// The obligation's position in the graph's obligations: a report keeps
  /// what it made of the obligation's text in an array by it
  /// (`DutyBytes`), found without hashing.
  let position: Int
  /// The obligation's title.
  let title: String
  /// The clause the obligation comes from.
  let source: SourceClause?
  /// Where the obligation is declared.
  let location: SourceLocation
  /// Why the rule is doubtful, when it is marked so.
  let doubtful: String?
  /// The day checked: the facts that count days count them to it.
  let asOf: Day

  /// The shared part of the violations of `graph.obligations[position]`,
  /// as of `asOf`.
  ///
  /// The obligation's fields are read in place (copying an obligation
  /// whole counts a dozen references). The graph is borrowed: taken as an
  /// initializer takes its arguments, owned, it was copied (a dozen
  /// references) for each instance evaluated, ~500 instructions.
  init(ofObligationAt position: Int, in graph: borrowing ObligationGraph, asOf: Day) {
    id = graph.obligations[position].id
    self.position = position
    title = graph.obligations[position].title
    source = graph.obligations[position].source
    location = graph.obligations[position].location
    doubtful = graph.obligations[position].doubtful
    self.asOf = asOf
  }
}
