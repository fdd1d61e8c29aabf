import Foundation

/// Each violation's position in a result's `violations`, by its identity,
/// made at the first look-up and shared by copies of the result.
///
/// The reports that walk the findings by position never look one up by its
/// identity; at a million instances the index would hash a few hundred
/// thousand ids, so it is made only for those that do (the bulletin, the
/// dashboard, a taken escalation's next step).
final class ViolationIndex: @unchecked Sendable {
  // Unchecked: `positions` is read and written only under `lock`.
  private let lock = NSLock()
  /// The violations, as the result was made with them.
  private let violations: [Violation]
  private var positions: [ViolationKey: Int]?

  /// An index of `violations`, not yet made.
  init(_ violations: [Violation]) {
    self.violations = violations
  }

  /// The position of the violation with this identity (the last, should
  /// two share it).
  func position(of key: ViolationKey) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    if positions == nil {
      var index: [ViolationKey: Int] = [:]
      index.reserveCapacity(violations.count)
      for offset in violations.indices {
        index[ViolationKey(kind: violations[offset].kind, instance: violations[offset].instance)] =
          offset
      }
      positions = index
    }
    return positions?[key]
  }
}
