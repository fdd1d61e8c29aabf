/// What a fact, and so a condition, can be about: duty instances, metric readings, or
/// both.
public enum FactTarget: String, Sendable, Hashable, CaseIterable {
  /// Instances of obligations (including occurrences of recurring duties).
  case obligations
  /// Readings of metrics.
  case metrics
  /// Either: the condition only uses facts that both have.
  case any
}
