/// A time expression found in a source document: `2017年底前`, `每季度`,
/// `一个月内`, `2017年至2020年`, with where it is.
public struct TimeExpression: Sendable, Hashable {
  /// What kind of expression it is.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A dated deadline: `2017年底前`, `2018年6月底前`, `到2020年`, `2017年8月`,
    /// or a month without a year such as `6月底前`.
    case deadline
    /// A bare year: `2020年` (a target year, or a baseline as in `较2017年`).
    case year
    /// A span of years: `2017年至2020年`, `2017-2020年`.
    case yearRange = "year-range"
    /// A starting point: `2018年起`, `20XX年以来`.
    case since
    /// An ISO date: `2022-12-08`.
    case date
    /// A recurrence: `每年`, `每季度`, `每月`, `每半年`.
    case recurrence
    /// An annual term without `每`: `年度`, `上年度`.
    case annual
    /// A time limit: `一个月内`, `两个月内`, `半年内`, `10日内`.
    case timeLimit = "time-limit"
    /// A standing duty: `长期坚持`, `长期整改`.
    case longTerm = "long-term"
    /// A five-year-plan period: `十三五`.
    case planPeriod = "plan-period"
  }

  /// What kind of expression it is.
  public let kind: Kind
  /// The expression as the document writes it.
  public let text: String
  /// The 1-based line.
  public let line: Int
  /// The 1-based column of the first character, in Unicode scalars.
  public let column: Int
  /// The 0-based UTF-8 byte offsets of the expression in the document.
  public let byteRange: Range<Int>

  /// The 1-based column just after the expression.
  public var endColumn: Int { column + text.unicodeScalars.count }

  /// The expression's range in the document at `file`.
  public func sourceRange(file: String) -> SourceRange {
    SourceRange(
      start: SourceLocation(file: file, line: line, column: column, offset: byteRange.lowerBound),
      end: SourceLocation(file: file, line: line, column: endColumn, offset: byteRange.upperBound))
  }

  /// The day a deadline, bare year or date falls due, when it names one
  /// (`nil` for redacted years and months without a year).
  public var deadline: Day? {
    switch kind {
    case .deadline, .year, .date: try? DeadlinePhrase.parse(text).get()
    default: nil
    }
  }

  /// The span of a time limit (`两个月内`: 2 months).
  public var timeSpan: TimeSpan? {
    kind == .timeLimit ? try? TimeSpan.parse(text).get() : nil
  }

  /// The recurrence of `每年`, `每季度`, `每月`, `每半年`.
  public var recurrence: Recurrence? {
    kind == .recurrence ? try? Recurrence.parse(text).get() : nil
  }
}
