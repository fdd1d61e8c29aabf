/// Why a text is not a recurrence.
public enum RecurrenceError: Error, Sendable, Hashable {
  /// The text is not any accepted form (the text trimmed, and the closest
  /// accepted name when one is close).
  case unknownForm(String, suggestion: String?)
}
