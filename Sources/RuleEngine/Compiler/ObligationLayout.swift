import RuleParser

/// One obligation's instances as expansion lays them out before making any:
/// where they go, for which bodies and periods, and which prerequisite
/// instances each body's depend on.
///
/// Laying out is serial (an obligation's instances follow those before it,
/// and a limit stops the expansion at one obligation) but cheap; making the
/// instances (ids, dependencies, deadlines) is the work that two cores can
/// share once every obligation is laid out.
struct ObligationLayout {
  /// The obligation's position in `table.obligations`.
  var position: Int
  /// Where its instances go in the plan's instances.
  var instances: Range<Int>
  /// How many prerequisites away it is from an obligation with none: its
  /// instances can be made once those of every lower level are.
  var level: Int
  /// The responsible bodies, expanded, in order.
  var bodies: [String]
  /// Whether its one body is written as itself: its instances' ids carry no
  /// `@body`.
  var isSingle: Bool
  /// The periods of each body without timing of its own.
  var entryPeriods: [Occurrence?]
  /// Each body's periods, when a `per_body:` override has timing of its
  /// own (empty otherwise).
  var bodyPeriods: [[Occurrence?]]
  /// Each body's override, with its position in `per_body:`.
  var overrides: [String: (index: Int, override: BodyOverrideDecl)]
  /// The prerequisites' ids: `depends_on`, then the one a relative
  /// deadline counts from.
  var prerequisites: [String]
  /// Where the prerequisite a relative deadline counts from is among the
  /// prerequisites.
  var afterPosition: Int?
  /// Each body's matched prerequisite instances, `prerequisites.count`
  /// ranges a body.
  var matchedByBody: [Range<Int>]
  /// The class, shared by the instances.
  var sharedClass: SharedClass?
  /// The deadline the class gives a one-off duty.
  var classDue: Day?
  /// Whether it is a duty of a standing class with one report per period.
  var isStandingReport: Bool
  /// The cooperating bodies, expanded.
  var cooperating: [String]
}
