/// The deadline phrases and time spans of one rule file, each parsed once:
/// a plan writes the same few phrases (`2018年3月底前`, `10 days`) thousands
/// of times, and parsing a phrase costs far more than looking it up.
///
/// Phrases are told apart by their bytes (`ByteSpelling`), so a phrase is answered exactly
/// as parsing that very text answers (and hashing skips Unicode
/// normalisation).
///
/// Each table also keeps its last answer: consecutive duties often write the
/// same phrase, and comparing bytes costs less than hashing them.
final class PhraseCache {
  /// The answers of one kind of phrase, and the last one given.
  private struct Table<Value> {
    var answers: [ByteSpelling: Value] = [:]
    var last: (key: ByteSpelling, value: Value)?
  }

  private var days = Table<Result<Day, TimePhraseError>>()
  private var spans = Table<Result<TimeSpan, TimeSpanError>>()
  private var starts = Table<Result<Day, TimePhraseError>>()

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
    _ text: String, in table: inout Table<Value>, _ parse: (String) -> Value
  ) -> Value {
    let key = ByteSpelling(text: text)
    if let last = table.last, last.key == key { return last.value }
    let value: Value
    if let known = table.answers[key] {
      value = known
    } else {
      value = parse(text)
      table.answers[key] = value
    }
    table.last = (key, value)
    return value
  }
}
