/// Why a text is not a deadline: an unknown form, or a well-formed phrase
/// naming a date that does not exist.
public enum TimePhraseError: Error, Sendable, Hashable {
  /// The text is empty or only whitespace.
  case empty
  /// The text is not any accepted form of deadline (the text, trimmed).
  case unknownForm(String)
  /// A month or day phrase that names no year, such as `7月底前` (the text).
  case missingYear(String)
  /// The day does not exist in its month: `2017-02-30`, `2017年2月30日前`.
  case nonexistentDay(year: Int, month: Int, day: Int)
  /// The month is not 1 to 12: `2017年13月底前`.
  case monthOutOfRange(Int)
  /// The quarter is not 1 to 4: `2017年第五季度`.
  case quarterOutOfRange(Int)
  /// The year is not 1 to 9999, or the deadline falls before year 1.
  case yearOutOfRange(Int)
  /// A start (`2018年起`) written where a deadline is expected (the text).
  case startNotDeadline(String)
  /// A festival the calendar does not have in that year (name, year, the
  /// years the calendar knows).
  case unknownFestival(String, year: Int, known: ClosedRange<Int>)
  /// Working days counted into a year the calendar does not know.
  case outsideCalendar(Day, known: ClosedRange<Int>)
}
