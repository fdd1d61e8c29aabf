public import RuleParser

/// One checkable unit of a duty: the duty of one body, for one occurrence.
///
/// Ids: `obligation` for a single body, `obligation@body` per member of a
/// group or list, plus `#2017-Q3` for an occurrence of a recurring duty.
public struct Instance: Sendable {
  /// A deadline counted from a prerequisite instance's completion.
  public struct RelativeDue: Sendable, Hashable {
    /// The time allowed.
    public var within: TimeSpan
    /// The prerequisite instance whose completion starts the clock.
    public var after: String
  }

  /// The instance id.
  public var id: String
  /// The obligation it belongs to.
  public var obligation: String
  /// The responsible body (never a group).
  public var body: String
  /// The occurrence suffix (`2017-Q3`), for a recurring duty.
  public var occurrence: String?
  /// The first day of the occurrence's period, for a recurring duty.
  public var periodStart: Day?
  /// The deadline: fixed, or planned (the prerequisite's deadline plus the
  /// span) for a relative deadline; `nil` for a duty with only a class.
  public var due: Day?
  /// For a relative deadline, what the actual deadline counts from.
  public var relativeDue: RelativeDue?
  /// The time-limit class.
  public var obligationClass: ObligationClass? {
    get { sharedClass?.value }
    set { sharedClass = newValue.map(SharedClass.init) }
  }
  /// The instances that must be completed first, sorted.
  public var dependencies: [String]
  /// The cooperating bodies, expanded.
  public var cooperating: [String]
  /// Where `due` comes from (`nil` when there is none).
  public var dueSource: DueSource? = nil
  /// The class, kept out of line and shared by the instances of one
  /// obligation: a class takes as much room as the rest of an instance, and
  /// a plan may have a million instances.
  private(set) var sharedClass: SharedClass?

  /// Whether the instance is one period's report of a duty of a standing
  /// class (`report: 每季度`): the entry for it is the report.
  public var isStandingReport: Bool { dueSource == .class && occurrence != nil }
}

// The initializers are in an extension so that the memberwise one stays: an
// instance made by it (as expansion makes a million) is built where it is
// stored, while one made by an initializer that sets each field was built
// on the stack and copied (every field retained, then released).
extension Instance {
  /// Creates an instance.
  init(
    id: String, obligation: String, body: String, occurrence: String?, periodStart: Day?,
    due: Day?, relativeDue: RelativeDue?, obligationClass: ObligationClass?,
    dependencies: [String], cooperating: [String], dueSource: DueSource? = nil
  ) {
    self.init(
      id: id, obligation: obligation, body: body, occurrence: occurrence,
      periodStart: periodStart, due: due, relativeDue: relativeDue, dependencies: dependencies,
      cooperating: cooperating, dueSource: dueSource,
      sharedClass: obligationClass.map(SharedClass.init))
  }
}

/// An obligation's class, held once for all its instances.
final class SharedClass: Sendable {
  /// The class.
  let value: ObligationClass

  /// Holds `value`.
  init(_ value: ObligationClass) {
    self.value = value
  }
}
