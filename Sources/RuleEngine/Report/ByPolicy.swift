/// Values a report made of an escalation's policy part (text, a JSON
/// recording), kept by the part its escalations share
/// (`Escalation.ruleIdentity`).
///
/// A check's escalations come from a few policies, and the checker gives
/// each policy's escalations one shared part: a value made for the first
/// is right for all. Escalations made one by one may each have a part of
/// their own, so at most `limit` values are kept; past that, callers make
/// the value each time.
struct ByPolicy<Value> {
  /// The most policy parts whose values are kept: a plan has a few dozen.
  static var limit: Int { 64 }

  /// The values kept, in the order the parts came.
  private var kept: [(rule: ObjectIdentifier, value: Value)] = []

  /// Whether `limit` values are kept, so that no more will be.
  var isFull: Bool { kept.count >= Self.limit }

  /// The value kept for `escalation`'s policy part, if any.
  func value(for escalation: Escalation) -> Value? {
    let rule = escalation.ruleIdentity
    return kept.first { $0.rule == rule }?.value
  }

  /// Keeps `value` for `escalation`'s policy part, unless `isFull`.
  mutating func keep(_ value: Value, for escalation: Escalation) {
    guard !isFull else { return }
    kept.append((escalation.ruleIdentity, value))
  }
}
