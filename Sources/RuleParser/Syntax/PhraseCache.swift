/// The deadline phrases and time spans of one rule file, each parsed once:
/// a plan writes the same few phrases (`2018年3月底前`, `10 days`) thousands
/// of times, and parsing a phrase costs far more than looking it up.
final class PhraseCache {
  private var days: [String: Result<Day, TimePhraseError>] = [:]
  private var spans: [String: Result<TimeSpan, TimeSpanError>] = [:]

  /// `DeadlinePhrase.parse(text)`.
  func day(_ text: String) -> Result<Day, TimePhraseError> {
    if let day = days[text] { return day }
    let day = DeadlinePhrase.parse(text)
    days[text] = day
    return day
  }

  /// `TimeSpan.parse(text)`.
  func span(_ text: String) -> Result<TimeSpan, TimeSpanError> {
    if let span = spans[text] { return span }
    let span = TimeSpan.parse(text)
    spans[text] = span
    return span
  }
}
