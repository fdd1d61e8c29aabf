/// Suggests the known name closest to a misspelt one, for `help: did you mean 'x'?` lines.
///
/// The candidates are indexed by length, so a query only measures candidates whose
/// length is within the allowed distance, and each measurement is cut short by a
/// cheap byte-count bound and a banded edit distance that stops as soon as the
/// distance exceeds the limit. Lengths and distances are counted in UTF-8 bytes: ids
/// are ASCII in practice, and for Chinese names a limit of a third of the length
/// still allows about one changed character in three.
///
/// The limit is `max(1, length / 3)` edits, where `length` is the query's. Among
/// candidates at the smallest distance the one first in byte order wins, so the
/// answer does not depend on the order in which candidates were given.
public struct DidYouMean: Sendable {
  /// Candidates of one byte length, stored back to back.
  private struct Bucket: Sendable {
    var bytes: [UInt8] = []
    var count = 0
  }

  /// Buckets by byte length.
  private var buckets: [Int: Bucket] = [:]

  /// Indexes the candidates.
  ///
  /// - Complexity: O(n) in the total length of the candidates.
  public init<Names: Sequence>(candidates: Names) where Names.Element == String {
    for candidate in candidates {
      let bytes = Array(candidate.utf8)
      buckets[bytes.count, default: Bucket()].bytes.append(contentsOf: bytes)
      buckets[bytes.count, default: Bucket()].count += 1
    }
  }

  /// The most edits a suggestion for a name of `length` bytes may be away.
  public static func maximumDistance(forLength length: Int) -> Int {
    max(1, length / 3)
  }

  /// The closest candidate within the distance limit, or `nil` when none is close.
  ///
  /// - Complexity: O(m · L · d) for the m candidates whose length is within d of
  ///   the query's length L, and usually far less thanks to the byte-count bound.
  public func suggest(for name: String) -> String? {
    var measure = EditDistance(query: Array(name.utf8))
    let limit = Self.maximumDistance(forLength: measure.query.count)
    var best: (distance: Int, bytes: ArraySlice<UInt8>)?
    let lowest = max(0, measure.query.count - limit)
    for length in lowest...(measure.query.count + limit) {
      guard let bucket = buckets[length] else { continue }
      for index in 0..<bucket.count {
        let candidate = bucket.bytes[(index * length)..<((index + 1) * length)]
        let bound = best?.distance ?? limit
        guard let distance = measure.distance(to: candidate, limit: bound) else { continue }
        if let current = best, distance == current.distance,
          !candidate.lexicographicallyPrecedes(current.bytes)
        {
          continue
        }
        best = (distance, candidate)
      }
    }
    return best.map { String(decoding: $0.bytes, as: UTF8.self) }
  }
}

/// The bounded Levenshtein distance from one query to many candidates, reusing its
/// buffers between candidates.
struct EditDistance {
  /// The misspelt name.
  let query: [UInt8]
  /// How many times each byte value occurs in the query.
  private var counts = [Int](repeating: 0, count: 256)
  private var previous: [Int]
  private var current: [Int]

  /// Prepares to measure distances from `query`.
  init(query: [UInt8]) {
    self.query = query
    for byte in query { counts[Int(byte)] += 1 }
    previous = []
    current = []
  }

  /// The edit distance to `candidate`, or `nil` when it exceeds `limit`.
  ///
  /// A byte-count bound rejects most far candidates in linear time; the rest are
  /// measured on the diagonal band of width `2 · limit + 1` only.
  mutating func distance(to candidate: ArraySlice<UInt8>, limit: Int) -> Int? {
    guard abs(query.count - candidate.count) <= limit,
      lowerBound(to: candidate) <= limit
    else { return nil }
    if query.isEmpty || candidate.isEmpty { return max(query.count, candidate.count) }
    return bandedDistance(to: candidate, limit: limit)
  }

  /// `max(surplus, deficit)` of the candidate's bytes against the query's: every
  /// edit changes the count of at most one byte value up and one down, so this
  /// bounds the edit distance from below.
  private mutating func lowerBound(to candidate: ArraySlice<UInt8>) -> Int {
    var surplus = 0
    for byte in candidate {
      counts[Int(byte)] -= 1
      if counts[Int(byte)] < 0 { surplus += 1 }
    }
    for byte in candidate { counts[Int(byte)] += 1 }
    let deficit = query.count - (candidate.count - surplus)
    return max(surplus, deficit)
  }

  private mutating func bandedDistance(to candidate: ArraySlice<UInt8>, limit: Int) -> Int? {
    let width = candidate.count + 1
    let beyond = limit + 1
    if previous.count < width {
      previous = [Int](repeating: beyond, count: width)
      current = previous
    }
    for column in 0..<width { previous[column] = column <= limit ? column : beyond }
    let base = candidate.startIndex
    for row in 1...query.count {
      let low = max(1, row - limit)
      let high = min(candidate.count, row + limit)
      current[low - 1] = low == 1 && row <= limit ? row : beyond
      var rowMinimum = current[low - 1]
      if low <= high {
        for column in low...high {
          let same = query[row - 1] == candidate[base + column - 1]
          let value = min(
            previous[column - 1] + (same ? 0 : 1), previous[column] + 1, current[column - 1] + 1)
          current[column] = min(value, beyond)
          rowMinimum = min(rowMinimum, current[column])
        }
      }
      if high < candidate.count { current[high + 1] = beyond }
      guard rowMinimum <= limit else { return nil }
      swap(&previous, &current)
    }
    let result = previous[candidate.count]
    return result <= limit ? result : nil
  }
}
