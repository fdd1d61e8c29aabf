/// A quote's place in the document and what it stands for.
struct CoverageSpan {
  /// A rule's id, or the reason of an explained passage.
  enum Key: Hashable {
    case rule(String)
    case reason(String)
  }

  /// The UTF-8 byte range of the quote in the document.
  var range: Range<Int>
  /// What the quote stands for.
  var key: Key

  init(_ range: Range<Int>, _ key: Key) {
    self.range = range
    self.key = key
  }
}

/// Finds, for expressions in document order, the spans that hold each one:
/// spans enter by their start and leave by their end, and only the keys
/// of the spans inside are counted.
struct CoverageSweep {
  private let byStart: [CoverageSpan]
  private let byEnd: [Int]
  private var nextStart = 0
  private var nextEnd = 0
  /// For each key, how many entered spans hold it, and where the first entered.
  private var active: [CoverageSpan.Key: (count: Int, since: Int)] = [:]
  /// Spans that left before they entered (they hold no later expression).
  private var left: Set<Int> = []

  init(_ spans: [CoverageSpan]) {
    let byStart = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
    self.byStart = byStart
    byEnd = byStart.indices.sorted { byStart[$0].range.upperBound < byStart[$1].range.upperBound }
  }

  /// The rules (sorted) and reasons (in the order their spans start) of
  /// the spans that hold `range`; ranges must come in document order.
  mutating func holding(_ range: Range<Int>) -> (rules: [String], reasons: [String]) {
    while nextStart < byStart.count, byStart[nextStart].range.lowerBound <= range.lowerBound {
      if !left.contains(nextStart) {
        let key = byStart[nextStart].key
        let entry = active[key] ?? (0, byStart[nextStart].range.lowerBound)
        active[key] = (entry.count + 1, entry.since)
      }
      nextStart += 1
    }
    while nextEnd < byEnd.count, byStart[byEnd[nextEnd]].range.upperBound < range.upperBound {
      let index = byEnd[nextEnd]
      if index < nextStart {
        let key = byStart[index].key
        if let entry = active[key] {
          active[key] = entry.count > 1 ? (entry.count - 1, entry.since) : nil
        }
      } else {
        left.insert(index)
      }
      nextEnd += 1
    }
    var rules: [String] = []
    var reasons: [(since: Int, text: String)] = []
    for (key, entry) in active {
      switch key {
      case .rule(let id): rules.append(id)
      case .reason(let text): reasons.append((entry.since, text))
      }
    }
    return (
      rules.sorted(), reasons.sorted { ($0.since, $0.text) < ($1.since, $1.text) }.map(\.text)
    )
  }
}
