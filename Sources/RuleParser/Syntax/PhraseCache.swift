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
  ///
  /// A class, held by a constant: the cache's tables are then never
  /// accessed in place across a call to a parser, which made every look-up
  /// check exclusive access at run time (117 instructions), and the last
  /// answer is kept as its key and value apart, so that checking the key
  /// copies nothing (copying the kept pair cost 271 instructions a `due:`).
  private final class Table<Value> {
    private var answers: [ByteSpelling: Value] = [:]
    private var lastKey: ByteSpelling?
    private var lastValue: Value?

    /// The answer for `text`, parsed and kept on first use.
    func answer(_ text: String, _ parse: (String) -> Value) -> Value {
      let key = ByteSpelling(text: text)
      if lastKey == key, let lastValue { return lastValue }
      let value: Value
      if let known = answers[key] {
        value = known
      } else {
        value = parse(text)
        answers[key] = value
      }
      lastKey = key
      lastValue = value
      return value
    }
  }

  private let days = Table<Result<Day, TimePhraseError>>()
  private let spans = Table<Result<TimeSpan, TimeSpanError>>()
  private let starts = Table<Result<Day, TimePhraseError>>()
  private let dues = Table<DuePhrase>()

  /// `DeadlinePhrase.parse(text)`.
  func day(_ text: String) -> Result<Day, TimePhraseError> {
    days.answer(text, DeadlinePhrase.parse)
  }

  /// `DeadlinePhrase.parseStart(text)`.
  func startDay(_ text: String) -> Result<Day, TimePhraseError> {
    starts.answer(text, DeadlinePhrase.parseStart)
  }

  /// `TimeSpan.parse(text)`.
  func span(_ text: String) -> Result<TimeSpan, TimeSpanError> {
    spans.answer(text, TimeSpan.parse)
  }

  /// What a `due:` text is: a span if `TimeSpan.parse` reads one, else
  /// `DeadlinePhrase.parse(text)`.
  func due(_ text: String) -> DuePhrase {
    dues.answer(text, DuePhrase.init)
  }
}
