import Foundation

/// Runs two independent pieces of work at once: the second on a thread of
/// its own, the first on the caller's.
///
/// Used where one large input would otherwise keep one core busy alone (a
/// plan written as one big file), and where a dispatch queue's pool may
/// already be full of the caller's own work: a nested `concurrentPerform`
/// runs serially there, a thread of its own does not.
package enum SecondCore {
  /// The results of `first` and `second`, run at the same time.
  ///
  /// Unsafe by necessity: `second` need not be `Sendable`, so the two must
  /// not touch the same mutable state (the caller's duty, as with any
  /// threads); the caller waits for `second` before returning, so nothing
  /// it captures outlives the call.
  package static func run<First, Second>(
    _ first: () -> First, beside second: () -> Second
  ) -> (First, Second) {
    withoutActuallyEscaping(second) { second in
      let box = Box<Second>(work: second)
      let done = DispatchSemaphore(value: 0)
      // The thread lets go of `second` before it signals: the thread
      // object itself may live on a little, but it holds only the box.
      let thread = Thread {
        box.value = box.work?()
        box.work = nil
        done.signal()
      }
      thread.start()
      let firstValue = first()
      done.wait()
      guard let secondValue = box.value else {
        preconditionFailure("the thread ran `second` before signalling")
      }
      return (firstValue, secondValue)
    }
  }

  /// Lets go of `value` on a thread of its own, where nobody waits for it:
  /// freeing a large tree of nodes is work the caller's thread need not do.
  ///
  /// The value moves into a box that the thread empties, so that the last
  /// reference to it is always the thread's, however soon it runs.
  package static func release<Value: Sendable>(_ value: consuming Value) {
    let box = Box<Value>(value: value)
    let thread = Thread { box.value = nil }
    thread.start()
  }

  /// What a thread of `run` or `release` works on: the second piece of work
  /// and its result's slot (written before the signal the caller waits for),
  /// or the value to let go of.
  private final class Box<Value>: @unchecked Sendable {
    var work: (() -> Value)?
    var value: Value?

    init(work: @escaping () -> Value) {
      self.work = work
    }

    init(value: consuming Value) {
      self.value = value
    }
  }
}
