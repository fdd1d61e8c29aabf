/// Sorting and finding the graph's values by id, in `String` order.
///
/// Ids are ASCII (the language's ids are letters, digits, `.`, `-`, `_`,
/// and instance ids add `@` and `#`), for which `String` order is byte
/// order. Sorting copies the ids' bytes into one buffer and compares the
/// first 16 bytes of each as two integers, then the rest with `memcmp`,
/// which makes sorting a million instance ids several times faster than
/// comparing `String`s; ids with other characters are sorted by `String`
/// comparison alone.
enum IDOrder {
  /// The positions of `ids` in the order of the ids (`String` order; equal
  /// ids keep their order).
  ///
  /// `start` (a permutation of the positions, `ASCIIIDs.sortedPositions`)
  /// is an order close to the result to start from; it changes the time
  /// taken, not the result.
  ///
  /// - Complexity: O(n log n) comparisons.
  static func sortedPositions(_ ids: [String], from start: [Int]? = nil) -> [Int] {
    // Values declared in id order (as plans often are) need no sort: one
    // comparison per pair finds that.
    if start == nil, zip(ids, ids.dropFirst()).allSatisfy({ $0 <= $1 }) {
      return Array(ids.indices)
    }
    guard let table = ASCIIIDs(ids) else {
      return ids.indices.sorted { ids[$0] < ids[$1] }
    }
    return table.sortedPositions(from: start)
  }

  /// The position of the first element of `sorted` (sorted by `id`) whose
  /// id is `id`, if any.
  ///
  /// - Complexity: O(log n) comparisons.
  static func position<Element>(
    of id: String, in sorted: [Element], id elementID: (Element) -> String
  ) -> Int? {
    position(of: id, in: sorted, after: -1, id: elementID)
  }

  /// The position in `sorted` (sorted by `elementID`) of the element whose
  /// id is `id`, if any, trying the element after `last` first: ids asked
  /// for in the same order find it there, and the search is left for the
  /// others.
  ///
  /// - Complexity: O(1) when `id` stands after `last`, else O(log n).
  static func position<Element>(
    of id: String, in sorted: [Element], after last: Int, id elementID: (Element) -> String
  ) -> Int? {
    let next = last + 1
    if sorted.indices.contains(next), elementID(sorted[next]) == id { return next }
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = low + (high - low) / 2
      if elementID(sorted[middle]) < id { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && elementID(sorted[low]) == id ? low : nil
  }
}
