/// Reading `every:` values.
extension Recurrence {
  /// Every accepted spelling, with its recurrence (Chinese longer forms first).
  static let spellings: [(text: String, recurrence: Recurrence)] = [
    ("每个季度", .quarterly), ("每季度", .quarterly), ("每季", .quarterly),
    ("每半年", .halfYearly), ("每年度", .yearly), ("每年", .yearly),
    ("每个月", .monthly), ("每月", .monthly), ("每个星期", .weekly), ("每星期", .weekly),
    ("每周", .weekly), ("每两年", .biennial), ("每二年", .biennial), ("每2年", .biennial),
    ("每三年", .triennial), ("每3年", .triennial),
    ("weekly", .weekly), ("biennially", .biennial), ("biennial", .biennial),
    ("every-2-years", .biennial), ("triennially", .triennial), ("triennial", .triennial),
    ("every-3-years", .triennial), ("monthly", .monthly), ("quarterly", .quarterly),
    ("half-yearly", .halfYearly),
    ("semi-annually", .halfYearly), ("semiannually", .halfYearly), ("yearly", .yearly),
    ("annually", .yearly), ("annual", .yearly),
  ]

  /// The Chinese spellings a document uses, longer forms first.
  static let chineseSpellings = spellings.filter { !$0.text.unicodeScalars.allSatisfy(\.isASCII) }

  /// A recurrence from its text: `每季度` or `quarterly`, `每年`, `yearly`
  /// or `annually`, `每月` or `monthly`, `每半年` or `half-yearly` (English
  /// in any case).
  public static func parse(_ text: String) -> Result<Recurrence, RecurrenceError> {
    let trimmed = TimeText.trimmed(text)
    let key = trimmed.lowercased()
    if let match = spellings.first(where: { $0.text == key }) { return .success(match.recurrence) }
    return .failure(.unknownForm(trimmed, suggestion: closestSpelling(to: key)))
  }

  /// The accepted spelling closest to `text`, when at most two edits and at
  /// most a third of the text differ (`quartely`, `每季读`).
  ///
  /// A text with a number gets none: another number is another period (每五年 is not 每半年).
  static func closestSpelling(to text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    let hasNumber = scalars.contains { Numeral.arabic($0) != nil || Numeral.isChinese($0) }
    guard scalars.count <= 32, !hasNumber else { return nil }
    let scored = spellings.map { ($0.text, editDistance(scalars, Array($0.text.unicodeScalars))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 * 3 <= scalars.count
    else { return nil }
    return best.0
  }

  /// The Levenshtein distance between two short texts.
  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
