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
  private var starts: [ByteSpelling: Result<Day, TimePhraseError>] = [:]

  /// `DeadlinePhrase.parse(text)`.
  func day(_ text: String) -> Result<Day, TimePhraseError> {
    Self.cached(text, in: &days, DeadlinePhrase.parse)
  }

  /// `DeadlinePhrase.parseStart(text)`.
  func startDay(_ text: String) -> Result<Day, TimePhraseError> {
    Self.cached(text, in: &starts, DeadlinePhrase.parseStart)
  }

  /// `TimeSpan.parse(text)`.
  func span(_ text: String) -> Result<TimeSpan, TimeSpanError> {
    Self.cached(text, in: &spans, TimeSpan.parse)
  }

  /// The answer for `text` from `table`, parsed and kept on first use.
  private static func cached<Value>(
    _ text: String, in table: inout [ByteSpelling: Value], _ parse: (String) -> Value
  ) -> Value {
    let key = ByteSpelling(text: text)
    if let value = table[key] { return value }
    let value = parse(text)
    table[key] = value
    return value
  }
}
