/// Why a text is not a recurrence.
public enum RecurrenceError: Error, Sendable, Hashable {
  /// The text is not any accepted form (the text trimmed, and the closest
  /// accepted name when one is close).
  case unknownForm(String, suggestion: String?)
  /// `定期` and the like: a recurrence that names no period (the text).
  case vague(String)
  /// A day of the period that the period does not have (`每季度第五个月`).
  case dayOutsidePeriod(String)
  /// The start before the recurrence (`2018年起`) is not a day.
  case invalidStart(TimePhraseError)
}
