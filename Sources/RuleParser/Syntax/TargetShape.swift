/// What meeting a metric's target means, beyond a ceiling or a floor.
public enum TargetShape: Sendable, Hashable {
  /// A ceiling or floor (`at_most`, `at_least`).
  case bound
  /// About the value, within a tolerance the plan states (`2000名左右`):
  /// `tolerance` in the metric's unit, or in percent of the value.
  case about(tolerance: Double, percent: Bool)
  /// Inside a range (`1到2个`); the target value is its upper end.
  case between(low: Double)
  /// A direction with no number (`大幅度提高`): a duty to report readings,
  /// never judged against a number.
  case trend(String)

  /// Whether a reading is judged against a path from the baseline before the
  /// target's day (bounds only: an approximate value, a range or a direction
  /// has no path).
  public var hasPath: Bool { self == .bound }

  /// A range's lower end, `nil` for the other shapes.
  public var low: Double? {
    if case .between(let low) = self { low } else { nil }
  }

  /// The form's name in rule files and JSON: `bound`, `about`, `between`, `trend`.
  public var name: String {
    switch self {
    case .bound: "bound"
    case .about: "about"
    case .between: "between"
    case .trend: "trend"
    }
  }
}

/// How a shared target combines its members' readings (`shared:`).
public enum SharedReading: String, Sendable, Hashable, CaseIterable {
  /// The members' readings added up (`市、区两级…培训1万名`).
  case sum
  /// Their mean.
  case mean
}
