/// The deadline phrases and time spans of one rule file, each parsed once:
/// a plan writes the same few phrases (`2018年3月底前`, `10 days`) thousands
/// of times, and parsing a phrase costs far more than looking it up.
///
/// Phrases are told apart by their bytes, so a phrase is answered exactly
/// as parsing that very text answers (and hashing skips Unicode
/// normalisation).
final class PhraseCache {
  /// A text compared and hashed by its UTF-8 bytes.
  private struct Spelling: Hashable {
    var text: String

    static func == (lhs: Spelling, rhs: Spelling) -> Bool {
      lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
      let hashed: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return true
      }
      if hashed == nil {
        for byte in text.utf8 { hasher.combine(byte) }
      }
    }
  }

  private var days: [Spelling: Result<Day, TimePhraseError>] = [:]
  private var spans: [Spelling: Result<TimeSpan, TimeSpanError>] = [:]
  private var starts: [Spelling: Result<Day, TimePhraseError>] = [:]

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
    _ text: String, in table: inout [Spelling: Value], _ parse: (String) -> Value
  ) -> Value {
    let key = Spelling(text: text)
    if let value = table[key] { return value }
    let value = parse(text)
    table[key] = value
    return value
  }
}
