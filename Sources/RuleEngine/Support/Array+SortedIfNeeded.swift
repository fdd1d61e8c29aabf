extension Array {
  /// The elements sorted by `areInIncreasingOrder` (stably, as `sorted(by:)`),
  /// without sorting when they already are: one pass over the elements
  /// instead of moving a few hundred thousand large values.
  func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
    isSorted(by: areInIncreasingOrder) ? self : sorted(by: areInIncreasingOrder)
  }

  /// Whether the elements are in the order of `areInIncreasingOrder`
  /// already, so that sorting them would leave them as they are.
  func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
    indices.dropFirst().allSatisfy { !areInIncreasingOrder(self[$0], self[$0 - 1]) }
  }
}
