/// One period of a recurring duty: its instance-id suffix and its days.
public struct Occurrence: Sendable, Hashable, Codable {
  /// The suffix after `#` in instance ids: `2017` (yearly), `2017-H2`
  /// (half-yearly), `2017-Q3` (quarterly), `2017-09` (monthly).
  public let suffix: String
  /// The first day of the period.
  public let start: Day
  /// The last day of the period, on which the occurrence is due.
  public let due: Day
}
