/// Suggests the known name closest to a misspelt one, for `help: did you mean 'x'?` lines.
///
/// The candidates are indexed by length, so a query only measures candidates whose
/// length is within the allowed distance, and each measurement is cut short by a
/// cheap letter-count bound and a banded edit distance that stops as soon as the
/// distance exceeds the limit. Lengths and distances count Unicode scalars; ASCII
/// names, the usual ids, are stored one byte per letter.
///
/// The limit is `max(1, length / 3)` edits, where `length` is the query's, and at
/// most `distanceCap`. Among
/// candidates at the smallest distance the one first in scalar order wins, so the
/// answer does not depend on the order in which candidates were given.
public struct DidYouMean: Sendable {
  /// Candidates of one length, stored back to back: ASCII ones as bytes, others as
  /// Unicode scalar values.
  private struct Bucket: Sendable {
    var ascii: [UInt8] = []
    var wide: [UInt32] = []
  }

  /// Buckets by length.
  private var buckets: [Int: Bucket] = [:]

  /// Indexes the candidates.
  ///
  /// - Complexity: O(n) in the total length of the candidates.
  public init<Names: Sequence>(candidates: Names) where Names.Element == String {
    for candidate in candidates {
      let scalars = candidate.unicodeScalars
      let length = scalars.count
      if candidate.utf8.count == length {
        buckets[length, default: Bucket()].ascii.append(contentsOf: candidate.utf8)
      } else {
        buckets[length, default: Bucket()].wide.append(contentsOf: scalars.map(\.value))
      }
    }
  }

  /// The most edits a suggestion for a name of `length` letters may be away:
  /// a third of its letters, but never more than `distanceCap`.
  public static func maximumDistance(forLength length: Int) -> Int {
    min(distanceCap, max(1, length / 3))
  }

  /// Beyond this many edits a long id is another id, not a misspelling of it
  /// (`all-tasks-2017` is not `local-plans`); the cap also keeps a search
  /// among thousands of instance ids cheap for a long unknown id.
  public static let distanceCap = 6

  /// The closest candidate within the distance limit, or `nil` when none is close.
  ///
  /// - Complexity: O(m · L · d) for the m candidates whose length is within d of
  ///   the query's length L, and usually far less thanks to the letter-count bound.
  public func suggest(for name: String) -> String? {
    var measure = EditDistance(query: name.unicodeScalars.map(\.value))
    let limit = Self.maximumDistance(forLength: measure.query.count)
    var best: (distance: Int, scalars: [UInt32])?
    func consider(_ candidate: some Collection<some BinaryInteger>) {
      guard let distance = measure.distance(to: candidate, limit: best?.distance ?? limit)
      else { return }
      let scalars = candidate.map { UInt32($0) }
      if let current = best, distance == current.distance,
        !scalars.lexicographicallyPrecedes(current.scalars)
      {
        return
      }
      best = (distance, scalars)
    }
    for length in max(0, measure.query.count - limit)...(measure.query.count + limit) {
      guard let bucket = buckets[length] else { continue }
      guard length > 0 else {
        consider([UInt8]())
        continue
      }
      for start in stride(from: 0, to: bucket.ascii.count, by: length) {
        consider(bucket.ascii[start..<(start + length)])
      }
      for start in stride(from: 0, to: bucket.wide.count, by: length) {
        consider(bucket.wide[start..<(start + length)])
      }
    }
    return best.map { String(String.UnicodeScalarView($0.scalars.compactMap(Unicode.Scalar.init))) }
  }
}

/// The bounded edit distance (Levenshtein with adjacent transpositions, so
/// `titel` is one edit from `title`) from one query to many candidates, reusing its
/// buffers between candidates.
struct EditDistance {
  /// The misspelt name, as Unicode scalar values.
  let query: [UInt32]
  /// How many letters of the query fall in each of 256 classes (the low byte).
  private var counts = [Int](repeating: 0, count: 256)
  private var beforePrevious: [Int] = []
  private var previous: [Int] = []
  private var current: [Int] = []

  /// Prepares to measure distances from `query`.
  init(query: [UInt32]) {
    self.query = query
    for letter in query { counts[Int(letter & 0xFF)] += 1 }
  }

  /// The edit distance to `candidate`, or `nil` when it exceeds `limit`.
  ///
  /// A letter-count bound rejects most far candidates in linear time; the rest are
  /// measured on the diagonal band of width `2 · limit + 1` only.
  mutating func distance(to candidate: some Collection<some BinaryInteger>, limit: Int) -> Int? {
    guard abs(query.count - candidate.count) <= limit, lowerBound(to: candidate) <= limit
    else { return nil }
    if query.isEmpty || candidate.isEmpty { return max(query.count, candidate.count) }
    return bandedDistance(to: candidate.map { UInt32($0) }, limit: limit)
  }

  /// `max(surplus, deficit)` of the candidate's letter classes against the query's:
  /// every edit changes the count of at most one class up and one down, so this
  /// bounds the edit distance from below.
  private mutating func lowerBound(to candidate: some Collection<some BinaryInteger>) -> Int {
    var surplus = 0
    for letter in candidate {
      let letterClass = Int(UInt32(letter) & 0xFF)
      counts[letterClass] -= 1
      if counts[letterClass] < 0 { surplus += 1 }
    }
    for letter in candidate { counts[Int(UInt32(letter) & 0xFF)] += 1 }
    let deficit = query.count - (candidate.count - surplus)
    return max(surplus, deficit)
  }

  private mutating func bandedDistance(to candidate: [UInt32], limit: Int) -> Int? {
    let width = candidate.count + 1
    let beyond = limit + 1
    if previous.count < width {
      previous = [Int](repeating: beyond, count: width)
      current = previous
      beforePrevious = previous
    }
    for column in 0..<width { previous[column] = column <= limit ? column : beyond }
    for row in 1...query.count {
      let low = max(1, row - limit)
      let high = min(candidate.count, row + limit)
      current[low - 1] = low == 1 && row <= limit ? row : beyond
      var rowMinimum = current[low - 1]
      if low <= high {
        for column in low...high {
          let same = query[row - 1] == candidate[column - 1]
          var value = min(
            previous[column - 1] + (same ? 0 : 1), previous[column] + 1, current[column - 1] + 1)
          if row > 1, column > 1, query[row - 1] == candidate[column - 2],
            query[row - 2] == candidate[column - 1]
          {
            value = min(value, beforePrevious[column - 2] + 1)
          }
          current[column] = min(value, beyond)
          rowMinimum = min(rowMinimum, current[column])
        }
      }
      if high < candidate.count { current[high + 1] = beyond }
      guard rowMinimum <= limit else { return nil }
      swap(&beforePrevious, &previous)
      swap(&previous, &current)
    }
    let result = previous[candidate.count]
    return result <= limit ? result : nil
  }
}
