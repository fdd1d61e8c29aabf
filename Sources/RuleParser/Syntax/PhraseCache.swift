/// The deadline phrases and time spans of one rule file, each parsed once:
/// a plan writes the same few phrases (`2018年3月底前`, `10 days`) thousands
/// of times, and parsing a phrase costs far more than looking it up.
///
/// Phrases are told apart by their bytes (`ByteSpelling`), so a phrase is answered exactly
/// as parsing that very text answers (and hashing skips Unicode
/// normalisation).
final class PhraseCache {
  private var days: [ByteSpelling: Result<Day, TimePhraseError>] = [:]
  private var spans: [ByteSpelling: Result<TimeSpan, TimeSpanError>] = [:]

  /// `DeadlinePhrase.parse(text)`.
  func day(_ text: String) -> Result<Day, TimePhraseError> {
    let key = ByteSpelling(text: text)
    if let day = days[key] { return day }
    let day = DeadlinePhrase.parse(text)
    days[key] = day
    return day
  }

  /// `TimeSpan.parse(text)`.
  func span(_ text: String) -> Result<TimeSpan, TimeSpanError> {
    let key = ByteSpelling(text: text)
    if let span = spans[key] { return span }
    let span = TimeSpan.parse(text)
    spans[key] = span
    return span
  }
}
