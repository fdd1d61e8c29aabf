/// Supplies the facts about one violation to a compiled condition.
///
/// Return `nil` for a fact that has no value here (no warning recorded, so no
/// `days_since_warning`): comparisons involving it are false, and a missing `bool` fact
/// reads as `false`. A value of the wrong type for its fact counts as missing too.
public protocol FactValues {
  /// The value of `fact`, or `nil` when it has none.
  func value(of fact: Fact) -> FactValue?
}
