import Dispatch

/// Runs independent pieces of a compilation side by side, as many at once as
/// the machine has cores: the one place where rulec shares memory between
/// threads.
enum Concurrently {
  /// `body(0) … body(count - 1)`, run in parallel, in index order.
  ///
  /// Each call writes only its own result slot; the calls must not touch the
  /// same mutable state.
  static func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    withoutActuallyEscaping(body) { body in
      nonisolated(unsafe) let body = body
      nonisolated(unsafe) let slots = results
      DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = body(index)
      }
    }
    return results.map { result in
      guard let result else { preconditionFailure("concurrentPerform ran every index") }
      return result
    }
  }

  /// The `index`th of `count` consecutive parts of `0..<total`, as nearly
  /// equal as can be: the positions one piece of work side by side takes.
  static func part(_ index: Int, of count: Int, in total: Int) -> Range<Int> {
    (total * index / count)..<(total * (index + 1) / count)
  }

  /// The results of `first` and `second`, run at the same time.
  ///
  /// The two must not touch the same mutable state.
  static func both<First, Second>(
    _ first: () -> First, _ second: () -> Second
  ) -> (First, Second) {
    let parts = map(2) { index in
      index == 0 ? Part<First, Second>.first(first()) : .second(second())
    }
    guard case .first(let firstValue) = parts[0], case .second(let secondValue) = parts[1] else {
      preconditionFailure("map keeps the index order")
    }
    return (firstValue, secondValue)
  }

  /// The result of one of the two pieces of `both`.
  private enum Part<First, Second> {
    case first(First)
    case second(Second)
  }
}
