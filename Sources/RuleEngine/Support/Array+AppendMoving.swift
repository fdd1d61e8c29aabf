extension Array {
  /// Moves the elements of `other` to the end of this array, in order,
  /// leaving `other` empty.
  ///
  /// `append(contentsOf:)` copies: each element's references are counted
  /// up, and counted down again when `other` is let go. Joining a large
  /// check's two parts, that was a reference count touched (mostly a cache
  /// miss) for each id and rule of 250,000 escalations, twice. Here
  /// `other` is turned around in place and its elements are taken off its
  /// end one by one: each is moved, its references untouched.
  ///
  /// The one unsafe step: `other` is turned around through its buffer, whose
  /// swaps move elements; the array's own `reverse()` copied each one it
  /// swapped (its references counted up and down again).
  mutating func append(moving other: inout [Element]) {
    reserveCapacity(count + other.count)
    other.withUnsafeMutableBufferPointer { $0.reverse() }
    while let element = other.popLast() { append(element) }
  }
}
