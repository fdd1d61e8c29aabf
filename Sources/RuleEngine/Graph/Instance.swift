public import RuleParser

/// One checkable unit of a duty: the duty of one body, for one occurrence.
///
/// Ids: `obligation` for a single body, `obligation@body` per member of a
/// group or list, plus `#2017-Q3` for an occurrence of a recurring duty.
///
/// A plan may have a million instances, so the fields are laid out to be
/// small: the two days are held as days and flags (two `Day?` took 32
/// bytes, with padding, for 18 of content), and the rare relative deadline
/// out of line (inline it took 32 bytes of every instance). An instance
/// was 160 bytes, and the instance array 14% of a 1M check's page faults.
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
  /// The instances that must be completed first, sorted.
  public var dependencies: [String]
  /// The cooperating bodies, expanded.
  public var cooperating: [String]
  /// The class, kept out of line and shared by the instances of one
  /// obligation: a class takes as much room as the rest of an instance, and
  /// a plan may have a million instances.
  private(set) var sharedClass: SharedClass?
  /// The relative deadline (`relativeDue`), out of line.
  private(set) var relativeDueBox: RelativeDueBox?
  /// `periodStart` when `hasPeriodStart`, else `InstanceDays.none`.
  private(set) var periodStartDay: Day
  /// `due` when `hasDue`, else `InstanceDays.none`.
  private(set) var dueDay: Day
  /// Whether the instance has a period start.
  private(set) var hasPeriodStart: Bool
  /// Whether the instance has a deadline.
  private(set) var hasDue: Bool
  /// Where `due` comes from (`nil` when there is none).
  public var dueSource: DueSource? = nil

  /// The first day of the occurrence's period, for a recurring duty.
  public var periodStart: Day? {
    get { hasPeriodStart ? periodStartDay : nil }
    set {
      periodStartDay = newValue ?? InstanceDays.none
      hasPeriodStart = newValue != nil
    }
  }
  /// The deadline: fixed, or planned (the prerequisite's deadline plus the
  /// span) for a relative deadline; `nil` for a duty with only a class.
  public var due: Day? {
    get { hasDue ? dueDay : nil }
    set {
      dueDay = newValue ?? InstanceDays.none
      hasDue = newValue != nil
    }
  }
  /// For a relative deadline, what the actual deadline counts from.
  public var relativeDue: RelativeDue? {
    get { relativeDueBox?.value }
    set { relativeDueBox = newValue.map(RelativeDueBox.init) }
  }
  /// The time-limit class.
  public var obligationClass: ObligationClass? {
    get { sharedClass?.value }
    set { sharedClass = newValue.map(SharedClass.init) }
  }

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
      dependencies: dependencies, cooperating: cooperating,
      sharedClass: obligationClass.map(SharedClass.init),
      relativeDueBox: relativeDue.map(RelativeDueBox.init),
      periodStartDay: periodStart ?? InstanceDays.none, dueDay: due ?? InstanceDays.none,
      hasPeriodStart: periodStart != nil, hasDue: due != nil, dueSource: dueSource)
  }
}

extension Instance {
  /// Gives an instance expansion made unnamed its id, its dependencies and
  /// its relative deadline (which names the prerequisite instance it counts
  /// from): naming is most of making an instance, and `rulec lint` never
  /// reads a name.
  mutating func name(id: String, dependencies: [String], relativeDue: RelativeDueBox?) {
    self.id = id
    self.dependencies = dependencies
    relativeDueBox = relativeDue
  }
}

/// The day an instance holds in place of a day it does not have.
enum InstanceDays {
  /// Never read: each day is read only under its flag.
  static let none = Day(ordinal: 0)
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

/// An instance's relative deadline, held out of line: few instances have
/// one, and inline it took 32 bytes of each.
final class RelativeDueBox: Sendable {
  /// The deadline rule.
  let value: Instance.RelativeDue

  /// Holds `value`.
  init(_ value: Instance.RelativeDue) {
    self.value = value
  }
}
