extension Array {
  /// The elements sorted by `areInIncreasingOrder` (stably, as `sorted(by:)`),
  /// without sorting when they already are: one pass over the elements
  /// instead of moving a few hundred thousand large values.
  func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
    let isSorted = indices.dropFirst().allSatisfy { !areInIncreasingOrder(self[$0], self[$0 - 1]) }
    return isSorted ? self : sorted(by: areInIncreasingOrder)
  }
}
