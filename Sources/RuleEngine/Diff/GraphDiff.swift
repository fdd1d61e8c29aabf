/// The semantic difference between two compiled plans: what a reviewer of a
/// change to the rules must see (`rulec diff`).
///
/// Every list is sorted by id, so the same two plans always give the same
/// diff. Values are compared as compiled, not as written: reformatting a
/// rule file, or writing `2017-07-31` as `2017年7月底前`, changes nothing.
public struct GraphDiff: Sendable {
  /// An obligation, metric or policy that is only on one side.
  public struct Entry: Sendable, Hashable {
    /// Its id.
    public var id: String
    /// Its title (obligation), name (metric) or action and title (policy).
    public var title: String
    /// Its deadline or target, in words (obligations and metrics).
    public var detail: String?
  }

  /// A value of one declaration that differs between the two sides.
  public struct FieldChange: Sendable, Hashable {
    /// The declaration's id.
    public var id: String
    /// The key that changed (`responsible`, `when`, `baseline`…).
    public var field: String
    /// The value before, in words; `nil` when it was absent.
    public var old: String?
    /// The value after, in words; `nil` when it is absent now.
    public var new: String?
  }

  /// How an obligation's deadline moved.
  public struct DeadlineChange: Sendable, Hashable {
    /// The obligation.
    public var obligation: String
    /// Its deadline before, in words (`nil`: it had none).
    public var old: String?
    /// Its deadline after, in words (`nil`: it has none now).
    public var new: String?
    /// The instances (on both sides) whose due date moved.
    public var movedInstances: Int
    /// The smallest and largest move in days (positive: later), when an
    /// instance's due date moved.
    public var shift: ClosedRange<Int>?

    /// Whether some deadline is now later, or was dropped.
    public var isLater: Bool {
      if let shift { return shift.upperBound > 0 }
      return old != nil && new == nil
    }

    /// Whether some deadline is now earlier, or was added.
    public var isEarlier: Bool {
      if let shift { return shift.lowerBound < 0 }
      return old == nil && new != nil
    }
  }

  /// The instances of one body that appeared, vanished or moved.
  public struct BodyChange: Sendable, Hashable {
    /// The body.
    public var body: String
    /// Instances only in the new plan.
    public var added: [String] = []
    /// Instances only in the old plan.
    public var removed: [String] = []
    /// Instances whose due date is now earlier.
    public var earlier: [String] = []
    /// Instances whose due date is now later.
    public var later: [String] = []
  }

  /// What the old side is (`HEAD~1`, `rules-2017/`).
  public var oldLabel: String
  /// What the new side is.
  public var newLabel: String
  /// Changes to the plan's own keys (`effective`, `report_within`…).
  public var plan: [FieldChange] = []
  /// Obligations only in the new plan.
  public var addedObligations: [Entry] = []
  /// Obligations only in the old plan.
  public var removedObligations: [Entry] = []
  /// Deadlines that moved, were added or were dropped.
  public var deadlines: [DeadlineChange] = []
  /// Responsible bodies that changed.
  public var responsible: [FieldChange] = []
  /// Cooperating bodies that changed.
  public var cooperating: [FieldChange] = []
  /// Prerequisites that changed.
  public var dependencies: [FieldChange] = []
  /// Time-limit classes that changed.
  public var classes: [FieldChange] = []
  /// Policies only in the new plan.
  public var addedPolicies: [Entry] = []
  /// Policies only in the old plan.
  public var removedPolicies: [Entry] = []
  /// Policies whose `when`, `action`, `by` or targets changed.
  public var policies: [FieldChange] = []
  /// Metrics only in the new plan.
  public var addedMetrics: [Entry] = []
  /// Metrics only in the old plan.
  public var removedMetrics: [Entry] = []
  /// Metrics whose baseline, target or unit changed.
  public var metrics: [FieldChange] = []
  /// The instances affected, per body, sorted by body id.
  public var bodies: [BodyChange] = []

  /// Whether any deadline moved later or was dropped (`--fail-on-later`).
  public var hasLaterDeadline: Bool { deadlines.contains(where: \.isLater) }

  /// Whether the two plans are the same in every respect the diff looks at.
  public var isEmpty: Bool { changeCount == 0 }

  /// The number of changes listed (each body counts once).
  public var changeCount: Int {
    plan.count + addedObligations.count + removedObligations.count + deadlines.count
      + responsible.count + cooperating.count + dependencies.count + classes.count
      + addedPolicies.count + removedPolicies.count + policies.count + addedMetrics.count
      + removedMetrics.count + metrics.count
  }
}
