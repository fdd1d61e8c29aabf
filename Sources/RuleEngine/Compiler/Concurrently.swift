import Dispatch

/// Runs independent phases of a compilation side by side: on two threads
/// when the machine has two cores.
enum Concurrently {
  /// Where one piece of work leaves its result; each is written by one
  /// thread and read after both have finished.
  private final class Slot<Value>: @unchecked Sendable {
    var value: Value?
  }

  /// The results of `first` and `second`, run at the same time.
  ///
  /// The two must not touch the same mutable state.
  static func both<First, Second>(
    _ first: () -> First, _ second: () -> Second
  ) -> (First, Second) {
    withoutActuallyEscaping(first) { first in
      withoutActuallyEscaping(second) { second in
        nonisolated(unsafe) let first = first
        nonisolated(unsafe) let second = second
        let firstResult = Slot<First>()
        let secondResult = Slot<Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
          if part == 0 {
            firstResult.value = first()
          } else {
            secondResult.value = second()
          }
        }
        guard let firstValue = firstResult.value, let secondValue = secondResult.value else {
          preconditionFailure("concurrentPerform ran both parts")
        }
        return (firstValue, secondValue)
      }
    }
  }
}
