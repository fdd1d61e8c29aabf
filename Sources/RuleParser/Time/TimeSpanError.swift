/// Why a text is not a time span.
public enum TimeSpanError: Error, Sendable, Hashable {
  /// The text is empty or only whitespace.
  case empty
  /// The text is not any accepted form of span (the text, trimmed).
  case unknownForm(String)
  /// The count is over the unit's limit (`TimeSpan.limit(of:)`).
  case tooLong(count: Int, unit: TimeSpan.Unit)
}
