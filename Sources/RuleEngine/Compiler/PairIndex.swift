/// Where each pair of adjacent scalars of a text starts, for finding a
/// quote's candidate places by its first two scalars.
///
/// The positions are grouped by a hash of their pair (a counting sort, in
/// three passes over the text) instead of kept in a dictionary of arrays,
/// which cost a hash look-up and an array append per scalar of the
/// document. A group may hold other pairs that share the hash: the caller
/// gets every position of the group and tests the pair itself.
struct PairIndex {
  /// The positions, group after group, each group in increasing order.
  private var positions: [Int32] = []
  /// Where each group starts in `positions`, and the end.
  private var starts: [Int32] = []
  /// `starts.count - 2`: the hash is masked with it.
  private var mask = 0

  /// Indexes the pairs of `text`.
  init(_ text: [Unicode.Scalar]) {
    let count = max(0, text.count - 1)
    var groups = 1
    while groups < count { groups <<= 1 }
    mask = groups - 1
    var sizes = [Int32](repeating: 0, count: groups + 1)
    for position in 0..<count {
      sizes[group(text[position], text[position + 1]) + 1] += 1
    }
    for group in 0..<groups { sizes[group + 1] += sizes[group] }
    starts = sizes
    var next = sizes
    positions = [Int32](repeating: 0, count: count)
    for position in 0..<count {
      let group = group(text[position], text[position + 1])
      positions[Int(next[group])] = Int32(position)
      next[group] += 1
    }
  }

  /// The positions whose pair may be (`first`, `second`), in increasing
  /// order.
  func candidates(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> ArraySlice<Int32> {
    guard !positions.isEmpty else { return [] }
    let group = group(first, second)
    return positions[Int(starts[group])..<Int(starts[group + 1])]
  }

  /// The group of a pair.
  private func group(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
    let key = UInt64(first.value) << 32 | UInt64(second.value)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
