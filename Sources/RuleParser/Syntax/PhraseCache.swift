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

  /// `DeadlinePhrase.parseStart(text)`.
  func startDay(_ text: String) -> Result<Day, TimePhraseError> {
    let key = Spelling(text: text)
    if let day = starts[key] { return day }
    let day = DeadlinePhrase.parseStart(text)
    starts[key] = day
    return day
  }

  /// `DeadlinePhrase.parse(text)`.
  func day(_ text: String) -> Result<Day, TimePhraseError> {
    let key = Spelling(text: text)
    if let day = days[key] { return day }
    let day = DeadlinePhrase.parse(text)
    days[key] = day
    return day
  }

  /// `TimeSpan.parse(text)`.
  func span(_ text: String) -> Result<TimeSpan, TimeSpanError> {
    let key = Spelling(text: text)
    if let span = spans[key] { return span }
    let span = TimeSpan.parse(text)
    spans[key] = span
    return span
  }
}
