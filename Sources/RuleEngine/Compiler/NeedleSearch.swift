/// Finds a sequence of scalars in a longer one in linear time
/// (Knuth–Morris–Pratt), whatever the two contain.
struct NeedleSearch {
  private let needle: [Unicode.Scalar]
  /// For each prefix of the needle, the length of its longest proper
  /// prefix that is also its suffix.
  private let failure: [Int]

  /// Prepares the search for `needle` (not empty).
  init(_ needle: ArraySlice<Unicode.Scalar>) {
    self.needle = Array(needle)
    var failure = [Int](repeating: 0, count: needle.count)
    var length = 0
    for index in self.needle.indices.dropFirst() {
      while length > 0, self.needle[index] != self.needle[length] { length = failure[length - 1] }
      if self.needle[index] == self.needle[length] { length += 1 }
      failure[index] = length
    }
    self.failure = failure
  }

  /// The start of every occurrence in `text` at or after `from`, or only
  /// the first when `first` is set.
  ///
  /// - Complexity: O(text + needle).
  func occurrences(in text: [Unicode.Scalar], from: Int, first: Bool) -> [Int] {
    guard !needle.isEmpty else { return [] }
    var starts: [Int] = []
    var matched = 0
    var index = max(0, from)
    while index < text.count {
      while matched > 0, text[index] != needle[matched] { matched = failure[matched - 1] }
      if text[index] == needle[matched] { matched += 1 }
      if matched == needle.count {
        starts.append(index + 1 - needle.count)
        if first { return starts }
        matched = failure[matched - 1]
      }
      index += 1
    }
    return starts
  }
}
